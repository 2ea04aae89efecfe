package dev.slotlint.rule;

import dev.slotlint.AnalysisResult;
import dev.slotlint.client.Library;
import dev.slotlint.report.ConsoleReport;
import dev.slotlint.source.Problem;
import dev.slotlint.testing.RuleTester;
import dev.slotlint.topology.TopologySetting;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Jedis 2.9 and 3.x, Lettuce 5 and Spring Data Redis 2.x are judged by what those versions do, in their own words,
 * and a version the catalog does not describe is named once, with the version whose semantics stand in for it.
 */
class OlderClientVersionsTest {

    private static final String JEDIS_3_REFUSAL =
            "No way to dispatch this command to Redis Cluster because keys have different slots.";

    private static RuleTester rules() {
        return RuleTester.of(new CrossSlotRule(), new ClusterFanOutRule(), new UnsupportedOnClusterRule(),
                new SelectOnClusterRule());
    }

    @Test
    void jedis3ClusterRefusesCrossSlotKeysWithItsOwnMessage() {
        rules().settings(s -> s.withLibraryVersion(Library.JEDIS, "3.6.0")).source("Jobs.java", """
                import java.util.AbstractMap;
                import redis.clients.jedis.JedisCluster;
                import redis.clients.jedis.ScanParams;
                import redis.clients.jedis.StreamEntryID;

                class Jobs {
                    void run(JedisCluster cluster, String id) {
                        // expect: CrossSlot ERROR: MGET keys "user:101" (slot 13437) and "user:102" (slot 1054) hash to different slots: JedisCluster 3.6.0 throws "%1$s"; give them a shared hash tag
                        cluster.mget("user:101", "user:102");
                        cluster.mget("{user:" + id + "}:name", "{user:" + id + "}:email");
                        // expect: CrossSlot ERROR: BLPOP keys "a" (slot 15495) and "b" (slot 3300) hash to different slots: JedisCluster 3.6.0 throws "%1$s"
                        cluster.blpop(5, "a", "b");
                        // expect: CrossSlot ERROR: XREAD keys "s1" (slot 15224) and "s2" (slot 2843) hash to different slots: JedisCluster 3.6.0 throws "%1$s"
                        cluster.xread(10, 1000L, new AbstractMap.SimpleEntry<>("s1", StreamEntryID.UNRECEIVED_ENTRY),
                                new AbstractMap.SimpleEntry<>("s2", StreamEntryID.UNRECEIVED_ENTRY));
                        // expect: UnsupportedOnCluster ERROR: JedisCluster 3.6.0 does not support keys() on a cluster: it throws IllegalArgumentException: JedisCluster only supports KEYS commands with patterns containing hash-tags ( curly-brackets enclosed strings ); give the pattern a hash tag
                        cluster.keys("job:*");
                        cluster.keys("{job:" + id + "}:*");
                        // expect: UnsupportedOnCluster ERROR: JedisCluster 3.6.0 does not support scan() on a cluster: it throws IllegalArgumentException: JedisCluster only supports SCAN commands with MATCH patterns containing hash-tags
                        cluster.scan("0", new ScanParams().match("job:*"));
                        cluster.scan("0", new ScanParams().match("{job}:*"));
                    }
                }
                """.formatted(JEDIS_3_REFUSAL)).check();
    }

    @Test
    void jedis29RefusesSelectAndDbSizeWhateverTheDatabase() {
        rules().settings(s -> s.withLibraryVersion(Library.JEDIS, "2.9.3")).source("Legacy.java", """
                import redis.clients.jedis.JedisCluster;

                class Legacy {
                    void run(JedisCluster cluster) {
                        // expect: UnsupportedOnCluster ERROR: JedisCluster 2.9.3 does not support select() on a cluster: it throws JedisClusterException: No way to dispatch this command to Redis Cluster. Drop the call: a Redis Cluster has database 0 only
                        cluster.select(0);
                        // expect: UnsupportedOnCluster ERROR: JedisCluster 2.9.3 does not support select() on a cluster
                        cluster.select(2);
                        // expect: UnsupportedOnCluster ERROR: JedisCluster 2.9.3 does not support dbSize() on a cluster: it throws JedisClusterException: No way to dispatch this command to Redis Cluster. Sum DBSIZE
                        cluster.dbSize();
                        // expect: CrossSlot ERROR: RENAME keys "a" (slot 15495) and "b" (slot 3300) hash to different slots: JedisCluster 2.9.3 throws "No way to dispatch this command to Redis Cluster because keys have different slots."
                        cluster.rename("a", "b");
                    }
                }
                """).check();
    }

    @Test
    void jedis3BlockingPopsWithTheTimeoutLastTakeTheirKeysFromTheFront() {
        rules().settings(s -> s.withLibraryVersion(Library.JEDIS, "3.6.0")
                        .withTopology(TopologySetting.AUTO, List.of(), true))
                .source("Pops.java", """
                import redis.clients.jedis.Jedis;

                class Pops {
                    void run(Jedis jedis) {
                        jedis.blpop("{q}a", "{q}b", "0");
                        // expect: CrossSlot: BLPOP keys "a" (slot 15495) and "b" (slot 3300) hash to different slots
                        jedis.blpop("a", "b", "0");
                        jedis.brpop(0, "{q}a", "{q}b");
                    }
                }
                """).check();
    }

    @Test
    void lettuce5SplitsTheCommandsItPartitionsAndSendsTheRest() {
        rules().settings(s -> s.withLibraryVersion(Library.LETTUCE, "5.3.1.RELEASE")).source("Rules.java", """
                import java.util.Map;
                import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
                import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;

                class Rules {
                    void run(StatefulRedisClusterConnection<String, String> connection) {
                        RedisAdvancedClusterCommands<String, String> sync = connection.sync();
                        // expect: ClusterFanOut WARNING: MGET keys "rule:a" (slot 175) and "rule:b" (slot 12492) span different slots: RedisAdvancedClusterCommands 5.3.1.RELEASE splits the call into one command per slot, so it is not atomic; the values can come from different moments
                        sync.mget("rule:a", "rule:b");
                        sync.mget("{rule}:a", "{rule}:b");
                        // expect: ClusterFanOut WARNING: DEL keys "rule:a" (slot 175) and "rule:b" (slot 12492) span different slots: RedisAdvancedClusterAsyncCommands 5.3.1.RELEASE splits
                        connection.async().del("rule:a", "rule:b");
                        // expect: ClusterFanOut WARNING: a split MSETNX can set some keys and not others
                        connection.reactive().msetnx(Map.of("rule:a", "1", "rule:b", "2"));
                        // expect: CrossSlot ERROR: RENAME keys "rule:a" (slot 175) and "rule:b" (slot 12492) hash to different slots: the server answers "CROSSSLOT Keys in request don't hash to the same slot"
                        sync.rename("rule:a", "rule:b");
                    }
                }
                """).check();
    }

    private static final String JEDIS_CLUSTER_YAML = """
            spring:
              redis:
                cluster:
                  nodes: redis-1:7000,redis-2:7001,redis-3:7002
                client-type: jedis
            """;

    /** The same token store on a Spring cluster connection; each expectation is a marker, or null for none. */
    private static String tokens(String pipelined, String openPipeline, String copy, String setIfAbsent) {
        return """
                import java.util.Map;
                import org.springframework.data.redis.core.RedisCallback;
                import org.springframework.data.redis.core.StringRedisTemplate;

                class Tokens {
                    void store(StringRedisTemplate redis) {
                %s        redis.executePipelined((RedisCallback<Object>) connection -> null);
                        redis.execute((RedisCallback<Object>) connection -> {
                %s            connection.openPipeline();
                            return connection.closePipeline();
                        });
                %s        redis.copy("token:1", "token:2", false);
                        redis.copy("{token}:1", "{token}:2", false);
                %s        redis.opsForValue().multiSetIfAbsent(Map.of("token:1", "a", "token:2", "b"));
                    }
                }
                """.formatted(marker(pipelined, 8), marker(openPipeline, 12), marker(copy, 8), marker(setIfAbsent, 8));
    }

    private static String marker(String expectation, int indent) {
        return expectation == null ? "" : " ".repeat(indent) + "// expect: " + expectation + "\n";
    }

    @Test
    void springDataRedis2OnJedisRejectsPipelinesInItsOwnWords() {
        rules().settings(s -> s.withLibraryVersion(Library.SPRING, "2.7.18"))
                .config("src/main/resources/application.yml", JEDIS_CLUSTER_YAML)
                .source("Tokens.java", tokens(
                        "UnsupportedOnCluster ERROR: Spring Data Redis 2.7.18 on Jedis does not support"
                                + " executePipelined() on a cluster: it throws UnsupportedOperationException: Pipeline is"
                                + " currently not supported for JedisClusterConnection. Run the commands one by one",
                        "UnsupportedOnCluster ERROR: Spring Data Redis 2.7.18 on Jedis does not support"
                                + " openPipeline() on a cluster: it throws UnsupportedOperationException: Pipeline is"
                                + " currently not supported for JedisClusterConnection.",
                        "CrossSlot ERROR: COPY (via StringRedisTemplate.copy) keys \"token:1\" (slot 846) and"
                                + " \"token:2\" (slot 13101) hash to different slots: Spring Data Redis 2.7.18 on Jedis"
                                + " throws \"InvalidDataAccessApiUsageException: " + JEDIS_3_REFUSAL + "\"",
                        "ClusterFanOut WARNING: MSETNX (via ValueOperations.multiSetIfAbsent) keys \"token:1\" (slot"
                                + " 846) and \"token:2\" (slot 13101) span different slots: Spring Data Redis 2.7.18 on"
                                + " Jedis runs one command per key, so it is not atomic"))
                .check();
    }

    @Test
    void springDataRedis2OnLettucePipelinesAndRunsSetnxPerKey() {
        rules().settings(s -> s.withLibraryVersion(Library.SPRING, "2.7.18"))
                .config("src/main/resources/application.yml", JEDIS_CLUSTER_YAML.replace("jedis", "lettuce"))
                .source("Tokens.java", tokens(null, null,
                        "CrossSlot ERROR: COPY (via StringRedisTemplate.copy) keys \"token:1\" (slot 846) and"
                                + " \"token:2\" (slot 13101) hash to different slots: the server answers \"CROSSSLOT",
                        "ClusterFanOut WARNING: MSETNX (via ValueOperations.multiSetIfAbsent) keys \"token:1\" (slot"
                                + " 846) and \"token:2\" (slot 13101) span different slots: Spring Data Redis 2.7.18 on"
                                + " Lettuce runs SETNX on each key, so it is not atomic; a split MSETNX can set some"
                                + " keys and not others"))
                .check();
    }

    @Test
    void aStandaloneSpringDataRedis2ProjectHasNoClusterFindings() {
        rules().settings(s -> s.withLibraryVersion(Library.SPRING, "2.7.18"))
                .config("src/main/resources/application.yml", """
                        spring:
                          redis:
                            host: localhost
                            client-type: jedis
                        """)
                .source("Tokens.java", tokens(null, null, null, null))
                .check();
    }

    @Test
    void springDataRedis20SaysMutliAndRefusesScriptsOnJedis() {
        rules().settings(s -> s.withLibraryVersion(Library.SPRING, "2.0.5.RELEASE"))
                .config("src/main/resources/application.yml", JEDIS_CLUSTER_YAML)
                .source("Old.java", """
                import java.util.List;
                import org.springframework.data.redis.core.RedisCallback;
                import org.springframework.data.redis.core.StringRedisTemplate;
                import org.springframework.data.redis.core.script.RedisScript;

                class Old {
                    void run(StringRedisTemplate redis, RedisScript<Long> script) {
                        redis.execute((RedisCallback<Object>) connection -> {
                            // expect: UnsupportedOnCluster ERROR: Spring Data Redis 2.0.5.RELEASE on Jedis does not support multi() on a cluster: it throws InvalidDataAccessApiUsageException: MUTLI is currently not supported in cluster mode.
                            connection.multi();
                            // expect: UnsupportedOnCluster ERROR: it throws InvalidDataAccessApiUsageException: EvalSha is not supported in cluster environment. Upgrade Spring Data Redis to 2.2
                            connection.evalSha("sha", null, 1, "{t}a".getBytes());
                            return null;
                        });
                        // expect: CrossSlot ERROR: EVAL (via StringRedisTemplate.execute) keys "a" (slot 15495) and "b" (slot 3300) hash to different slots: Spring Data Redis 2.0.5.RELEASE on Jedis throws "InvalidDataAccessApiUsageException: EvalSha is not supported in cluster environment."
                        redis.execute(script, List.of("a", "b"));
                    }
                }
                """).check();
    }

    @Test
    void aVersionOutsideTheCatalogIsNamedOnceWithTheVersionReadInstead() {
        String source = """
                import redis.clients.jedis.JedisCluster;

                class Shop {
                    void run(JedisCluster cluster) {
                        // expect: CrossSlot ERROR: MGET keys "user:101" (slot 13437) and "user:102" (slot 1054) hash to different slots: JedisCluster 1.5.0 throws "%1$s"
                        cluster.mget("user:101", "user:102");
                        // expect: CrossSlot ERROR: JedisCluster 1.5.0 throws "%1$s"
                        cluster.del("user:101", "user:102");
                    }
                }
                """.formatted(JEDIS_3_REFUSAL);
        AnalysisResult result = rules().settings(s -> s.withLibraryVersion(Library.JEDIS, "1.5.0"))
                .source("Shop.java", source).check();
        assertEquals(List.of(Problem.ofProject("Jedis 1.5.0 is not in the catalog; using the semantics of Jedis 2.9")),
                result.problems());
        assertEquals("slotlint: Jedis 1.5.0 is not in the catalog; using the semantics of Jedis 2.9",
                ConsoleReport.line(result.problems().get(0)));

        AnalysisResult known = rules().settings(s -> s.withLibraryVersion(Library.JEDIS, "3.6.0"))
                .source("Shop.java", source.replace("1.5.0", "3.6.0")).check();
        assertEquals(List.of(), known.problems());
    }
}

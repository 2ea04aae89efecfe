package dev.slotlint.rule;

import dev.slotlint.client.Library;
import dev.slotlint.testing.RuleTester;
import dev.slotlint.topology.TopologySetting;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Which client runs a call, where its keys are, and what that client does with keys that span slots. */
class ClientCatalogRulesTest {

    private static RuleTester allRules() {
        return RuleTester.of(new CrossSlotRule(), new ClusterFanOutRule(), new UnsupportedOnClusterRule());
    }

    @Test
    void keysAreFoundWhereEachCommandTakesThem() {
        allRules().source("Positions.java", """
                import java.util.List;
                import java.util.Map;
                import redis.clients.jedis.JedisCluster;
                import redis.clients.jedis.StreamEntryID;
                import redis.clients.jedis.args.BitOP;
                import redis.clients.jedis.args.GeoUnit;
                import redis.clients.jedis.args.ListDirection;
                import redis.clients.jedis.params.GeoRadiusParam;
                import redis.clients.jedis.params.GeoRadiusStoreParam;
                import redis.clients.jedis.params.XReadParams;
                import redis.clients.jedis.params.ZParams;

                class Positions {
                    void run(JedisCluster cluster, String script) {
                        cluster.smove("{a}1", "{a}2", "member");
                        // expect: CrossSlot ERROR: SMOVE keys "a" (slot 15495) and "b" (slot 3300)
                        cluster.smove("a", "b", "{a}member");
                        cluster.blpop(5, "{q}a", "{q}b");
                        // expect: CrossSlot ERROR: BLPOP keys "a" (slot 15495) and "b" (slot 3300)
                        cluster.blpop(5, "a", "b");
                        // expect: CrossSlot ERROR: EVAL keys "a" (slot 15495) and "b" (slot 3300)
                        cluster.eval(script, 2, "a", "b", "argument");
                        cluster.eval(script, 1, "a", "b");
                        // expect: CrossSlot ERROR: EVAL keys "a" (slot 15495) and "b" (slot 3300)
                        cluster.eval(script, List.of("a", "b"), List.of("x"));
                        // expect: CrossSlot ERROR: RENAME keys "a" (slot 15495) and "b" (slot 3300)
                        cluster.rename("a", "b");
                        // expect: CrossSlot ERROR: LMOVE keys "a" (slot 15495) and "b" (slot 3300)
                        cluster.lmove("a", "b", ListDirection.LEFT, ListDirection.RIGHT);
                        // expect: CrossSlot ERROR: ZUNIONSTORE keys "d" (slot 11298), "a" (slot 15495) and "b" (slot 3300)
                        cluster.zunionstore("d", new ZParams().weights(1, 2), "a", "b");
                        // expect: CrossSlot ERROR: BITOP keys "{x}d" (slot 16287), "{x}a" (slot 16287) and "b" (slot 3300)
                        cluster.bitop(BitOP.AND, "{x}d", "{x}a", "b");
                        // expect: CrossSlot ERROR: SORT keys "a" (slot 15495) and "b" (slot 3300)
                        cluster.sort("a", "b");
                        // expect: CrossSlot ERROR: XREAD keys "s1" (slot 15224) and "s2" (slot 2843)
                        cluster.xread(XReadParams.xReadParams(), Map.of("s1", StreamEntryID.XREAD_NEW_ENTRY, "s2",
                                StreamEntryID.XREAD_NEW_ENTRY));
                        // expect: CrossSlot ERROR: GEORADIUS_STORE keys "geo" (slot 14189) and "dest" (slot 161)
                        cluster.georadiusStore("geo", 1.0, 2.0, 3.0, GeoUnit.KM, GeoRadiusParam.geoRadiusParam(),
                                GeoRadiusStoreParam.geoRadiusStoreParam().store("dest"));
                        cluster.lmpop(ListDirection.LEFT, 10, "{l}a", "{l}b");
                        // expect: CrossSlot ERROR: LMPOP keys "a" (slot 15495) and "b" (slot 3300)
                        cluster.lmpop(ListDirection.LEFT, 10, "a", "b");
                    }
                }
                """).check();
    }

    @Test
    void jedisVersionDecidesWhatTheClusterClientDoes() {
        String source = """
                import redis.clients.jedis.RedisClusterClient;

                class Modern {
                    void run() {
                        RedisClusterClient client = RedisClusterClient.builder().build();
                        // expect: %s
                        client.mget("a", "b");
                        // expect: CrossSlot ERROR: SUNION keys "a" (slot 15495) and "b" (slot 3300) hash to different slots: RedisClusterClient %s throws "%s"
                        client.sunion("a", "b");
                    }
                }
                """;
        allRules().settings(s -> s.withLibraryVersion(Library.JEDIS, "8.0.2"))
                .source("Modern.java", source.formatted(
                        "ClusterFanOut WARNING: MGET keys \"a\" (slot 15495) and \"b\" (slot 3300) span different slots: RedisClusterClient 8.0.2 splits the call into one command per slot, so it is not atomic; the values can come from different moments",
                        "8.0.2", "Cannot get connection for command with multiple hash slots"))
                .check();
        allRules().settings(s -> s.withLibraryVersion(Library.JEDIS, "7.5.3"))
                .source("Modern.java", source.formatted(
                        "CrossSlot ERROR: MGET keys \"a\" (slot 15495) and \"b\" (slot 3300) hash to different slots: RedisClusterClient 7.5.3 throws \"Keys must belong to same hashslot.\"",
                        "7.5.3", "Keys must belong to same hashslot."))
                .check();
    }

    @Test
    void lettuceClusterSplitsSomeCommandsAndSendsTheRest() {
        allRules().settings(s -> s.withLibraryVersion(Library.LETTUCE, "6.3.2.RELEASE"))
                .source("Lettuce.java", """
                import java.util.Map;
                import io.lettuce.core.RedisURI;
                import io.lettuce.core.ScriptOutputType;
                import io.lettuce.core.XReadArgs;
                import io.lettuce.core.cluster.RedisClusterClient;
                import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
                import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;

                class Lettuce {
                    void run(RedisURI uri, String script) {
                        RedisClusterClient client = RedisClusterClient.create(uri);
                        StatefulRedisClusterConnection<String, String> connection = client.connect();
                        RedisAdvancedClusterCommands<String, String> sync = connection.sync();
                        // expect: ClusterFanOut WARNING: MGET keys "a" (slot 15495) and "b" (slot 3300) span different slots: RedisAdvancedClusterCommands 6.3.2.RELEASE splits
                        sync.mget("a", "b");
                        // expect: CrossSlot ERROR: SUNIONSTORE keys "d" (slot 11298), "a" (slot 15495) and "b" (slot 3300) hash to different slots: the server answers "CROSSSLOT Keys in request don't hash to the same slot"
                        sync.sunionstore("d", "a", "b");
                        var async = connection.async();
                        // expect: ClusterFanOut WARNING: a split MSETNX can set some keys and not others
                        async.msetnx(Map.of("a", "1", "b", "2"));
                        // expect: CrossSlot ERROR: SMOVE keys "a" (slot 15495) and "b" (slot 3300)
                        connection.reactive().smove("a", "b", "member");
                        // expect: CrossSlot ERROR: BRPOPLPUSH keys "a" (slot 15495) and "b" (slot 3300)
                        client.connect().sync().brpoplpush(5, "a", "b");
                        // expect: CrossSlot ERROR: EVAL keys "a" (slot 15495) and "b" (slot 3300)
                        sync.eval(script, ScriptOutputType.VALUE, "a", "b");
                        sync.eval(script, ScriptOutputType.VALUE, new String[] {"{x}a"}, "b", "c");
                        // expect: CrossSlot ERROR: XREAD keys "s1" (slot 15224) and "s2" (slot 2843)
                        sync.xread(XReadArgs.StreamOffset.from("s1", "0"), XReadArgs.StreamOffset.from("s2", "0"));
                        // expect: CrossSlot ERROR: BITOP keys "d" (slot 11298), "a" (slot 15495) and "b" (slot 3300)
                        sync.bitopAnd("d", "a", "b");
                        sync.mget("{u}a", "{u}b");
                    }
                }
                """).check();
    }

    @Test
    void receiversOfEveryShape() {
        allRules().settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0")).source("Shapes.java", """
                import java.util.Set;
                import redis.clients.jedis.HostAndPort;
                import redis.clients.jedis.Jedis;
                import redis.clients.jedis.JedisCluster;
                import redis.clients.jedis.JedisPool;
                import redis.clients.jedis.commands.JedisCommands;

                class Shapes {
                    private final JedisCluster cluster = new JedisCluster(Set.of(new HostAndPort("h", 1)));
                    private final JedisPool pool = new JedisPool("h", 6379);

                    private JedisCluster cluster() {
                        return cluster;
                    }

                    void run(JedisCommands unknownTopology) {
                        // expect: CrossSlot ERROR: JedisCluster 5.2.0 throws "Keys must belong to same hashslot."
                        cluster().del("a", "b");
                        try (Jedis jedis = pool.getResource()) {
                            jedis.del("a", "b");
                        }
                        pool.getResource().del("a", "b");
                        // expect: CrossSlot WARNING: (if this JedisCommands runs on the Redis Cluster the code switches to: cluster clients (Shapes.java:9) and standalone clients (Shapes.java:10) made in the code)
                        unknownTopology.del("a", "b");
                        var pipeline = cluster.pipelined();
                        // expect: CrossSlot ERROR: ClusterPipeline 5.2.0 throws "Keys must belong to same hashslot."
                        pipeline.del("a", "b");
                    }
                }
                """).check();
    }

    @Test
    void callsTheClusterClientRefusesWhateverTheKeys() {
        allRules().settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0")).source("Refused.java", """
                import redis.clients.jedis.JedisCluster;
                import redis.clients.jedis.params.ScanParams;

                class Refused {
                    void run(JedisCluster cluster, String userId) {
                        // expect: UnsupportedOnCluster ERROR: JedisCluster 5.2.0 does not support multi() on a cluster: it throws UnsupportedOperationException
                        cluster.multi();
                        // expect: UnsupportedOnCluster ERROR: keys() on a cluster
                        cluster.keys("user:*");
                        cluster.keys("{user:1}:*");
                        cluster.keys("{user:" + userId + "}:*");
                        // expect: UnsupportedOnCluster ERROR: scan() on a cluster
                        cluster.scan("0");
                        // expect: UnsupportedOnCluster ERROR: scan() on a cluster
                        cluster.scan("0", new ScanParams().match("user:*"));
                        cluster.scan("0", new ScanParams().match("{user:1}:*").count(100));
                        ScanParams tagged = new ScanParams().match("{cart}:*");
                        cluster.scan("0", tagged);
                        cluster.get("single");
                    }
                }
                """).check();
        allRules().settings(s -> s.withLibraryVersion(Library.JEDIS, "8.0.2")).source("Refused.java", """
                import redis.clients.jedis.JedisCluster;

                class Refused {
                    void run(JedisCluster cluster) {
                        cluster.keys("user:*");
                        // expect: UnsupportedOnCluster ERROR: JedisCluster 8.0.2 does not support multi()
                        cluster.multi();
                    }
                }
                """).check();
    }

    @Test
    void patternScansOnAStandaloneClientSeeOneNodeOnceTheProjectMovesToACluster() {
        RuleTester.of(new UnsupportedOnClusterRule()).settings(s -> s.withLibraryVersion(Library.JEDIS, "3.6.0")
                .withTopology(TopologySetting.AUTO, List.of(), true)).source("Keys.java", """
                import redis.clients.jedis.Jedis;
                import redis.clients.jedis.ScanParams;

                class Keys {
                    private String namespace = "resque";

                    void list(Jedis jedis, boolean old) {
                        // expect: UnsupportedOnCluster ERROR: Jedis 3.6.0 runs KEYS on the one node it is connected to: on a cluster it sees only the keys of that node's slots, and a cluster client refuses the call; give the pattern a hash tag such as "{user:1}:*", or scan each master node
                        jedis.keys(namespace + ":*");
                        // expect: UnsupportedOnCluster ERROR: runs SCAN on the one node
                        jedis.scan("0", new ScanParams().match(old ? "legacy:*" : "{jobs}:*"));
                        jedis.keys("{jobs}:*");
                        jedis.scan("0", new ScanParams().match("{jobs}:*"));
                    }
                }
                """).check();
    }

    @Test
    void aProjectWithItsOwnClusterClientScansNodeByNode() {
        RuleTester.of(new UnsupportedOnClusterRule()).settings(s -> s.withLibraryVersion(Library.JEDIS, "3.6.0")
                .withTopology(TopologySetting.AUTO, List.of(), true)).source("Nodes.java", """
                import java.util.Set;
                import redis.clients.jedis.HostAndPort;
                import redis.clients.jedis.Jedis;
                import redis.clients.jedis.JedisCluster;
                import redis.clients.jedis.JedisPool;

                class Nodes {
                    private final JedisCluster cluster = new JedisCluster(Set.of(new HostAndPort("a", 7000),
                            new HostAndPort("b", 7000), new HostAndPort("c", 7000)));

                    void list() {
                        for (JedisPool node : cluster.getClusterNodes().values()) {
                            try (Jedis jedis = node.getResource()) {
                                jedis.keys("session:*");
                            }
                        }
                    }
                }
                """).check();
    }
}

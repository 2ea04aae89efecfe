package dev.slotlint.rule;

import dev.slotlint.client.Library;
import dev.slotlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Spring Data Redis: templates, operations, bound operations and the connection API, judged by what Spring's cluster
 * connection does on the driver the project runs (Lettuce unless it says Jedis).
 */
class SpringDataRedisTest {

    private static final String CLUSTER_YAML = """
            spring:
              data:
                redis:
                  cluster:
                    nodes: redis-1:7000,redis-2:7001,redis-3:7002
            """;

    private static final String JEDIS_CLUSTER_YAML = CLUSTER_YAML + """
                  client-type: jedis
            """;

    private static RuleTester rules() {
        return RuleTester.of(new CrossSlotRule(), new ClusterFanOutRule(), new UnsupportedOnClusterRule(),
                        new StandaloneClientOnClusterRule(), new TooFewSeedNodesRule())
                .settings(s -> s.withLibraryVersion(Library.SPRING, "3.3.13"));
    }

    @Test
    void lettuceEmulatesSomeCommandsAcrossSlotsRejectsOthersAndPassesTheRestToTheServer() {
        rules().config("src/main/resources/application.yml", CLUSTER_YAML).source("CartService.java", """
                import java.util.List;
                import java.util.Map;
                import org.springframework.data.redis.core.StringRedisTemplate;
                import org.springframework.data.redis.core.script.RedisScript;

                class CartService {
                    private static final RedisScript<Long> MERGE = RedisScript.of("return 1", Long.class);
                    private final StringRedisTemplate redis;

                    CartService(StringRedisTemplate redis) {
                        this.redis = redis;
                    }

                    void emulated() {
                        // expect: ClusterFanOut WARNING: MGET (via ValueOperations.multiGet) keys "cart:1" (slot 1420) and "cart:2" (slot 13807) span different slots: Spring Data Redis 3.3.13 on Lettuce splits the call into one command per slot, so it is not atomic; the values can come from different moments
                        redis.opsForValue().multiGet(List.of("cart:1", "cart:2"));
                        // expect: ClusterFanOut: MSET (via ValueOperations.multiSet)
                        redis.opsForValue().multiSet(Map.of("cart:1", "a", "cart:2", "b"));
                        // expect: ClusterFanOut: DEL (via StringRedisTemplate.delete)
                        redis.delete(List.of("cart:1", "cart:2"));
                        // expect: ClusterFanOut: EXISTS (via StringRedisTemplate.countExistingKeys)
                        redis.countExistingKeys(List.of("cart:1", "cart:2"));
                        // expect: ClusterFanOut: RENAME (via StringRedisTemplate.rename) keys "cart:1" (slot 1420) and "cart:2" (slot 13807) span different slots: Spring Data Redis 3.3.13 on Lettuce emulates the call with DUMP, RESTORE and DEL, so it is not atomic
                        redis.rename("cart:1", "cart:2");
                        // expect: ClusterFanOut: SUNIONSTORE (via SetOperations.unionAndStore) keys "cart:1" (slot 1420), "cart:2" (slot 13807) and "cart:3" (slot 9678)
                        redis.opsForSet().unionAndStore("cart:1", List.of("cart:2"), "cart:3");
                        // expect: ClusterFanOut: SMOVE (via SetOperations.move)
                        redis.opsForSet().move("cart:1", "sku-7", "cart:2");
                        // expect: ClusterFanOut: RPOPLPUSH (via ListOperations.rightPopAndLeftPush)
                        redis.opsForList().rightPopAndLeftPush("cart:1", "cart:2");
                        redis.opsForValue().multiGet(List.of("{user:1}:cart", "{user:1}:saved"));
                    }

                    void rejected() {
                        // expect: CrossSlot ERROR: ZUNIONSTORE (via ZSetOperations.unionAndStore) keys "rank:1" (slot 8559), "rank:2" (slot 4364) and "rank:all" (slot 5437) hash to different slots: the server answers "CROSSSLOT Keys in request don't hash to the same slot"
                        redis.opsForZSet().unionAndStore("rank:1", List.of("rank:2"), "rank:all");
                        // expect: CrossSlot ERROR: PFCOUNT (via HyperLogLogOperations.size) keys "visits:1" (slot 5949) and "visits:2" (slot 10078) hash to different slots: Spring Data Redis 3.3.13 on Lettuce throws "InvalidDataAccessApiUsageException: All keys must map to same slot for pfcount in cluster mode"
                        redis.opsForHyperLogLog().size("visits:1", "visits:2");
                        // expect: CrossSlot ERROR: EVAL (via StringRedisTemplate.execute)
                        redis.execute(MERGE, List.of("cart:1", "cart:2"));
                        redis.execute(MERGE, List.of("{user:1}:cart", "{user:1}:saved"));
                    }
                }
                """).check();
    }

    @Test
    void transactionsPipelinesConnectionsAndBoundOperations() {
        rules().config("src/main/resources/application.yml", CLUSTER_YAML).source("Tokens.java", """
                import java.util.List;
                import org.springframework.data.redis.core.RedisCallback;
                import org.springframework.data.redis.core.RedisOperations;
                import org.springframework.data.redis.core.RedisTemplate;
                import org.springframework.data.redis.core.SessionCallback;
                import org.springframework.data.redis.core.BoundSetOperations;

                class Tokens {
                    private final RedisTemplate<String, String> template;

                    Tokens(RedisTemplate<String, String> template) {
                        this.template = template;
                    }

                    List<Object> swap() {
                        return template.execute(new SessionCallback<List<Object>>() {
                            @Override
                            public List<Object> execute(RedisOperations operations) {
                                // expect: UnsupportedOnCluster ERROR: Spring Data Redis 3.3.13 on Lettuce does not support multi() on a cluster: it throws InvalidDataAccessApiUsageException: MULTI is currently not supported in cluster mode; use one multi-key command
                                operations.multi();
                                operations.opsForValue().set("token:1", "a");
                                return operations.exec();
                            }
                        });
                    }

                    void rotate() {
                        template.execute((RedisCallback<Object>) connection -> {
                            // expect: ClusterFanOut: RENAME (via RedisKeyCommands.rename)
                            connection.keyCommands().rename("token:1".getBytes(), "token:2".getBytes());
                            return null;
                        });
                        template.execute(connection -> {
                            // expect: CrossSlot ERROR: BITOP (via RedisConnection.bitOp)
                            connection.bitOp(null, "token:all".getBytes(), "token:1".getBytes(), "token:2".getBytes());
                            return null;
                        }, true);
                        // Lettuce pipelines on a cluster
                        template.executePipelined((RedisCallback<Object>) connection -> null);
                    }

                    void bound() {
                        // expect: ClusterFanOut: SUNION (via BoundSetOperations.union) keys "token:1"
                        template.boundSetOps("token:1").union("token:2");
                        BoundSetOperations<String, String> tokens = template.boundSetOps("token:1");
                        // expect: ClusterFanOut: SDIFFSTORE (via BoundSetOperations.differenceAndStore)
                        tokens.differenceAndStore(List.of("token:2"), "token:3");
                        tokens.union(List.of("{token:1}"));
                    }
                }
                """).check();
    }

    @Test
    void underJedisTheClusterConnectionRefusesWhatLettuceWouldSendAndRejectsPipelines() {
        rules().config("src/main/resources/application.yml", JEDIS_CLUSTER_YAML).source("Ranks.java", """
                import java.util.List;
                import org.springframework.data.redis.core.RedisCallback;
                import org.springframework.data.redis.core.StringRedisTemplate;

                class Ranks {
                    private final StringRedisTemplate redis;

                    Ranks(StringRedisTemplate redis) {
                        this.redis = redis;
                    }

                    void run() {
                        // expect: CrossSlot ERROR: ZUNIONSTORE (via ZSetOperations.unionAndStore) keys "rank:1" (slot 8559), "rank:2" (slot 4364) and "rank:all" (slot 5437) hash to different slots: Spring Data Redis 3.3.13 on Jedis throws "InvalidDataAccessApiUsageException: ZUNIONSTORE can only be executed when all keys map to the same slot"
                        redis.opsForZSet().unionAndStore("rank:1", List.of("rank:2"), "rank:all");
                        // expect: CrossSlot ERROR: COPY (via StringRedisTemplate.copy) keys "rank:1" (slot 8559) and "rank:2" (slot 4364) hash to different slots: Spring Data Redis 3.3.13 on Jedis throws "InvalidDataAccessApiUsageException: Keys must belong to same hashslot."
                        redis.copy("rank:1", "rank:2", false);
                        // expect: ClusterFanOut: UNLINK (via StringRedisTemplate.unlink) keys "rank:1" (slot 8559) and "rank:2" (slot 4364) span different slots: Spring Data Redis 3.3.13 on Jedis runs one command per key, so it is not atomic
                        redis.unlink(List.of("rank:1", "rank:2"));
                        // expect: UnsupportedOnCluster ERROR: Spring Data Redis 3.3.13 on Jedis does not support executePipelined() on a cluster: it throws InvalidDataAccessApiUsageException: Pipeline is not supported for JedisClusterConnection; run the commands one by one
                        redis.executePipelined((RedisCallback<Object>) connection -> null);
                    }
                }
                """).check();
    }

    @Test
    void jedisIsTheDriverWhenItIsTheOnlyClientOnTheClassPath() {
        rules().settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0"))
                .config("src/main/resources/application.yml", CLUSTER_YAML).source("Pipes.java", """
                import org.springframework.data.redis.core.RedisCallback;
                import org.springframework.data.redis.core.StringRedisTemplate;

                class Pipes {
                    void run(StringRedisTemplate redis) {
                        // expect: UnsupportedOnCluster: Spring Data Redis 3.3.13 on Jedis does not support executePipelined()
                        redis.executePipelined((RedisCallback<Object>) connection -> null);
                    }
                }
                """).check();
    }

    @Test
    void aClusterConfigurationBeanMakesTheProjectAClusterOneAndAStandaloneConfigurationBeanIsThenWrong() {
        rules().source("RedisConfig.java", """
                import java.util.List;
                import org.springframework.data.redis.connection.RedisClusterConfiguration;
                import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
                import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
                import org.springframework.data.redis.core.StringRedisTemplate;

                class RedisConfig {
                    LettuceConnectionFactory cluster() {
                        // expect: TooFewSeedNodes: 2
                        return new LettuceConnectionFactory(new RedisClusterConfiguration(List.of("redis-1:7000", "redis-2:7001")));
                    }

                    LettuceConnectionFactory reports() {
                        // expect: StandaloneClientOnCluster ERROR: aimed at redis-1:7000, a node of the Redis Cluster
                        return new LettuceConnectionFactory(new RedisStandaloneConfiguration("redis-1", 7000));
                    }

                    void use(StringRedisTemplate redis) {
                        // expect: ClusterFanOut: MGET (via ValueOperations.multiGet)
                        redis.opsForValue().multiGet(List.of("cart:1", "cart:2"));
                    }
                }
                """).check();
    }

    @Test
    void aStandaloneProjectHasNoClusterFindings() {
        rules().config("src/main/resources/application.yml", """
                spring:
                  data:
                    redis:
                      host: cache
                      port: 6379
                """).source("CartService.java", """
                import java.util.List;
                import org.springframework.data.redis.core.RedisOperations;
                import org.springframework.data.redis.core.StringRedisTemplate;

                class CartService {
                    void run(StringRedisTemplate redis, RedisOperations<String, String> operations) {
                        redis.opsForValue().multiGet(List.of("cart:1", "cart:2"));
                        redis.opsForZSet().unionAndStore("rank:1", List.of("rank:2"), "rank:all");
                        operations.multi();
                        redis.executePipelined((org.springframework.data.redis.core.RedisCallback<Object>) c -> null);
                    }
                }
                """).check();
    }

    @Test
    void varIsTypedLikeTheDeclaredTypeEverywhere() {
        rules().config("src/main/resources/application.yml", CLUSTER_YAML).source("Cleanup.java", """
                import java.util.List;
                import org.springframework.data.redis.connection.RedisConnectionFactory;

                class Cleanup {
                    private final RedisConnectionFactory factory;

                    Cleanup(RedisConnectionFactory factory) {
                        this.factory = factory;
                    }

                    void resource() {
                        try (var connection = factory.getConnection()) {
                            // expect: ClusterFanOut: DEL (via RedisKeyCommands.del) keys "cart:1" (slot 1420) and "cart:2" (slot 13807) span different slots
                            connection.keyCommands().del("cart:1".getBytes(), "cart:2".getBytes());
                        }
                    }

                    void local() {
                        var connection = factory.getConnection();
                        // expect: ClusterFanOut: DEL (via RedisKeyCommands.del) keys "cart:1" (slot 1420) and "cart:2" (slot 13807)
                        connection.keyCommands().del("cart:1".getBytes(), "cart:2".getBytes());
                        connection.keyCommands().del("{u:1}:a".getBytes(), "{u:1}:b".getBytes());
                    }

                    void forEach(List<RedisConnectionFactory> factories) {
                        for (var each : factories) {
                            // expect: ClusterFanOut: DEL (via RedisKeyCommands.del) keys "cart:1" (slot 1420) and "cart:2" (slot 13807)
                            each.getConnection().keyCommands().del("cart:1".getBytes(), "cart:2".getBytes());
                        }
                        factories.forEach((var each) ->
                                // expect: ClusterFanOut: DEL (via RedisKeyCommands.del) keys "cart:1" (slot 1420) and "cart:2" (slot 13807)
                                each.getConnection().keyCommands().del("cart:1".getBytes(), "cart:2".getBytes()));
                    }
                }
                """).check();
    }
}

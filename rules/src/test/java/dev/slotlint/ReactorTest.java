package dev.slotlint;

import dev.slotlint.client.Library;
import dev.slotlint.rule.Rules;
import dev.slotlint.testing.RuleTester;
import dev.slotlint.topology.ProjectTopology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A module analysed with the modules it depends on: their wrappers, key helpers, constants and configuration resolve
 * its calls, findings stay where the calls are, and the clients a library makes are judged by the services using it.
 */
class ReactorTest {

    private static final String KEYS = """
            package com.example.redis;

            public final class RedisKeys {
                public static final String ORDERS_TODAY = "orders:today";
                public static final String ORDERS_WEEK = "orders:week";

                public static String order(String id) {
                    return "order:" + id;
                }
            }
            """;

    private static final String SERVICE = """
            package com.example.redis;

            import redis.clients.jedis.JedisCluster;
            import java.util.List;

            public class RedisService {
                private final JedisCluster cluster;

                public RedisService(JedisCluster cluster) {
                    this.cluster = cluster;
                }

                public List<String> getAll(String... keys) {
                    return cluster.mget(keys);
                }

                public void clear() {
                    // the library's own call: its module reports it, not the modules using it
                    cluster.del("cache:a", "cache:b");
                }
            }
            """;

    private static final String PROBE = """
            package com.example.redis;

            import redis.clients.jedis.Jedis;

            public class HealthProbe {
                public boolean up() {
                    // expect: StandaloneClientOnCluster ERROR: new Jedis("redis-1", 7000) makes a standalone Jedis client, aimed at redis-1:7000, a node of the Redis Cluster that application.yml:5 (spring.data.redis.cluster.nodes) names
                    try (Jedis jedis = new Jedis("redis-1", 7000)) {
                        return jedis.get("health:orders") != null;
                    }
                }
            }
            """;

    private static final String CLUSTER_YAML = """
            spring:
              data:
                redis:
                  cluster:
                    nodes: redis-1:7000,redis-2:7001,redis-3:7002
            """;

    private static RuleTester orders() {
        return RuleTester.of(Rules.all().toArray(dev.slotlint.rule.Rule[]::new))
                .settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0"));
    }

    @Test
    void crossSlotThroughAnUpstreamWrapperIsFoundAtTheCaller() {
        AnalysisResult result = orders()
                .upstream("redis-common/src/main/java/com/example/redis/RedisKeys.java", KEYS)
                .upstream("redis-common/src/main/java/com/example/redis/RedisService.java", SERVICE)
                .source("orders/src/main/java/com/example/orders/OrderService.java", """
                        package com.example.orders;

                        import com.example.redis.RedisKeys;
                        import com.example.redis.RedisService;

                        class OrderService {
                            private final RedisService redis;

                            OrderService(RedisService redis) {
                                this.redis = redis;
                            }

                            Object totals() {
                                // expect: CrossSlot ERROR: MGET (via RedisService.getAll → JedisCluster.mget) keys "orders:today" (slot 4508) and "orders:week" (slot 10804) hash to different slots: JedisCluster 5.2.0 throws "Keys must belong to same hashslot."
                                return redis.getAll(RedisKeys.ORDERS_TODAY, RedisKeys.ORDERS_WEEK);
                            }

                            Object one(String id) {
                                // expect: CrossSlot WARNING: MGET (via RedisService.getAll → JedisCluster.mget) keys "order:" + ‹id›
                                return redis.getAll(RedisKeys.order(id), RedisKeys.ORDERS_TODAY);
                            }
                        }
                        """)
                .check();
        assertEquals(1, result.filesRead(), "the module's own files are counted, not its upstream modules'");
        assertEquals(2, result.calls().size(), "the calls judged are the module's: " + result.calls());
    }

    @Test
    void theServiceJudgesTheClientsItsLibraryMakesAtTheLibrarysLine() {
        AnalysisResult result = orders()
                .upstream("redis-common/src/main/java/com/example/redis/RedisService.java", SERVICE)
                .upstream("redis-common/src/main/java/com/example/redis/HealthProbe.java", PROBE)
                .config("orders/src/main/resources/application.yml", CLUSTER_YAML)
                .source("orders/src/main/java/com/example/orders/Probe.java", """
                        package com.example.orders;

                        import redis.clients.jedis.Jedis;

                        class Probe {
                            Jedis local() {
                                // expect: StandaloneClientOnCluster ERROR: aimed at redis-2:7001, a node of the Redis Cluster
                                return new Jedis("redis-2", 7001);
                            }
                        }
                        """)
                .check();
        assertEquals(ProjectTopology.Kind.CLUSTER, result.topology().kind());
    }

    @Test
    void aStandaloneServiceFindsNothingInTheSameLibrary() {
        AnalysisResult result = orders()
                .upstream("redis-common/src/main/java/com/example/redis/HealthProbe.java",
                        PROBE.replaceAll("// expect: .*\n", "\n"))
                .config("reports/src/main/resources/application.yml", """
                        spring.data.redis.host: reports-redis
                        """)
                .source("reports/src/main/java/com/example/reports/Reports.java", """
                        package com.example.reports;

                        class Reports {
                        }
                        """)
                .check();
        assertEquals(ProjectTopology.Kind.STANDALONE, result.topology().kind());
    }

    @Test
    void upstreamConfigurationIsEvidenceOfTheModulesTopology() {
        AnalysisResult result = orders()
                .upstreamConfig("redis-common/src/main/resources/application.yml", CLUSTER_YAML)
                .source("orders/src/main/java/com/example/orders/Probe.java", """
                        package com.example.orders;

                        import redis.clients.jedis.JedisPool;

                        class Probe {
                            // expect: StandaloneClientOnCluster ERROR: new JedisPool("cache", 6379) makes a standalone JedisPool client, but the project targets a Redis Cluster (application.yml:5 (spring.data.redis.cluster.nodes))
                            final JedisPool pool = new JedisPool("cache", 6379);
                        }
                        """)
                .check();
        assertEquals("application.yml:5 (spring.data.redis.cluster.nodes)", result.topology().reason());
    }

    @Test
    void aLibraryJudgedDownstreamLeavesItsClientsToItsServicesButReportsItsOwnCalls() {
        orders()
                .config("redis-common/src/main/resources/application.yml", CLUSTER_YAML)
                .source("redis-common/src/main/java/com/example/redis/HealthProbe.java",
                        PROBE.replaceAll("// expect: .*\n", "\n"))
                .source("redis-common/src/main/java/com/example/redis/RedisService.java",
                        SERVICE.replace("        // the library's own call: its module reports it, not the modules using it", """
                                // expect: CrossSlot ERROR: DEL keys "cache:a" (slot 15485) and "cache:b" (slot 3102) hash to different slots
                                """.stripTrailing()))
                .judgedDownstream()
                .check();
    }

    @Test
    void whatCannotBeReadUpstreamIsTheUpstreamModulesToSay() {
        AnalysisResult result = orders()
                .upstream("redis-common/src/main/java/com/example/redis/Broken.java", "class Broken { void f( }")
                .source("orders/src/main/java/com/example/orders/Fine.java", "class Fine { }")
                .check();
        assertEquals(List.of(), result.problems());
        assertEquals(0, result.filesSkipped());
    }
}

package dev.slotlint.rule;

import dev.slotlint.AnalysisResult;
import dev.slotlint.client.Library;
import dev.slotlint.testing.RuleTester;
import dev.slotlint.topology.ProjectTopology;
import dev.slotlint.topology.TopologySetting;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Code that picks standalone or cluster clients by a setting: each branch is right for its mode, so the standalone
 * one is no MOVED hazard, in the default mode or with clusterReady; the cluster branch is still judged as a cluster.
 */
class ModeSwitchTest {

    private static RuleTester rules() {
        return RuleTester.of(new StandaloneClientOnClusterRule(), new CrossSlotRule(), new TooFewSeedNodesRule())
                .settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0"));
    }

    private static RuleTester clusterReady() {
        return rules().settings(s -> s.withTopology(TopologySetting.AUTO, List.of(), true));
    }

    private static final String IF_ELSE = """
            import java.util.Set;
            import redis.clients.jedis.HostAndPort;
            import redis.clients.jedis.JedisCluster;
            import redis.clients.jedis.JedisPool;

            class JedisFactory {
                private boolean clusterMode;
                private Set<HostAndPort> nodes;
                private JedisCluster cluster;
                private JedisPool pool;

                void start(String host, int port) {
                    if (clusterMode) {
                        cluster = new JedisCluster(nodes);
                    } else {
                        pool = new JedisPool(host, port);
                    }
                }

                void save(String id) {
                    // expect: CrossSlot WARNING: MSET keys "user:" + ‹id› (no hash tag) and "order:" + ‹id› (no hash tag) share no hash tag
                    cluster.mset("user:" + id, "a", "order:" + id, "b");
                    cluster.mset("{user:" + id + "}:a", "a", "{user:" + id + "}:b", "b");
                }
            }
            """;

    @Test
    void anIfElseOverAModeMakesTheProjectSwitchableAndTheClusterBranchIsStillChecked() {
        AnalysisResult result = rules().source("JedisFactory.java", IF_ELSE).check();
        assertEquals(ProjectTopology.Kind.SWITCHABLE, result.topology().kind());
        assertEquals("JedisFactory.java:13, by clusterMode", result.topology().reason());
    }

    @Test
    void theStandaloneBranchIsRightForItsModeWithClusterReadyToo() {
        clusterReady().source("JedisFactory.java", IF_ELSE).check();
    }

    @Test
    void aSwitchOverModeNamesAndPrivateFactoryMethods() {
        AnalysisResult result = clusterReady().source("Clients.java", """
                import io.lettuce.core.RedisClient;
                import io.lettuce.core.RedisURI;
                import io.lettuce.core.cluster.RedisClusterClient;
                import java.util.List;

                class Clients {
                    Object connect(String mode, List<RedisURI> uris) {
                        switch (mode) {
                            case "cluster":
                                return clusterClient(uris);
                            case "sentinel":
                                return standaloneClient(uris.get(0));
                            default:
                                return standaloneClient(uris.get(0));
                        }
                    }

                    private RedisClusterClient clusterClient(List<RedisURI> uris) {
                        return RedisClusterClient.create(uris);
                    }

                    private RedisClient standaloneClient(RedisURI uri) {
                        return RedisClient.create(uri);
                    }
                }
                """).check();
        assertEquals(ProjectTopology.Kind.CLUSTER, result.topology().kind());
    }

    @Test
    void conditionalBeansAndSpringConfigurationsOfBothKinds() {
        AnalysisResult result = rules().source("RedisConfig.java", """
                import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
                import org.springframework.context.annotation.Bean;
                import org.springframework.data.redis.connection.RedisClusterConfiguration;
                import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
                import java.util.List;

                class RedisConfig {
                    @Bean
                    @ConditionalOnProperty(name = "app.redis.kind", havingValue = "cluster")
                    RedisClusterConfiguration cluster(List<String> nodes) {
                        return new RedisClusterConfiguration(nodes);
                    }

                    @Bean
                    @ConditionalOnProperty(name = "app.redis.kind", havingValue = "single", matchIfMissing = true)
                    RedisStandaloneConfiguration standalone() {
                        return new RedisStandaloneConfiguration("localhost", 6379);
                    }
                }
                """).check();
        assertEquals(ProjectTopology.Kind.SWITCHABLE, result.topology().kind());
        assertEquals("RedisConfig.java:17, by @ConditionalOnProperty(name = \"app.redis.kind\", havingVal...",
                result.topology().reason());
    }

    @Test
    void oneClassPerModeChosenByTheUsersConfiguration() {
        rules().settings(s -> s.withTopology(TopologySetting.AUTO, List.of(), true))
                .source("RedisManager.java", """
                        package shop.redis;

                        public interface RedisManager {
                            byte[] get(byte[] key);
                        }
                        """)
                .source("SingleRedisManager.java", """
                        package shop.redis;

                        import redis.clients.jedis.JedisPool;

                        public class SingleRedisManager implements RedisManager {
                            private final JedisPool pool = new JedisPool("localhost", 6379);

                            public byte[] get(byte[] key) {
                                return pool.getResource().get(key);
                            }
                        }
                        """)
                .source("ClusterRedisManager.java", """
                        package shop.redis;

                        import java.util.Set;
                        import redis.clients.jedis.HostAndPort;
                        import redis.clients.jedis.JedisCluster;

                        public class ClusterRedisManager implements RedisManager {
                            private final JedisCluster cluster = new JedisCluster(Set.of(new HostAndPort("a", 1),
                                    new HostAndPort("b", 2), new HostAndPort("c", 3)));

                            public byte[] get(byte[] key) {
                                return cluster.get(key);
                            }
                        }
                        """)
                .check();
    }

    @Test
    void aStandaloneClientMadeWhateverTheModeIsStillReportedWithClusterReady() {
        String code = """
                import java.util.Set;
                import redis.clients.jedis.HostAndPort;
                import redis.clients.jedis.Jedis;
                import redis.clients.jedis.JedisCluster;
                import redis.clients.jedis.JedisPool;

                class Store {
                    private Object client;

                    void start(boolean clustered, Set<HostAndPort> nodes) {
                        if (clustered) {
                            client = new JedisCluster(nodes);
                        } else {
                            client = new JedisPool("localhost", 6379);
                        }
                    }

                    long ping() {
                        %s
                        try (Jedis health = new Jedis("localhost", 6379)) {
                            return health.dbSize();
                        }
                    }
                }
                """;
        AnalysisResult result = rules().source("Store.java", code.formatted("")).check();
        assertEquals(ProjectTopology.Kind.SWITCHABLE, result.topology().kind());
        clusterReady().source("Store.java", code.formatted("// expect: StandaloneClientOnCluster ERROR: new Jedis(\"localhost\", 6379) makes a standalone Jedis client, but the project targets a Redis Cluster (plugin parameter clusterReady=true)")).check();
    }

    @Test
    void configurationTargetingAClusterStillMakesAnUnconditionalStandaloneClientAnError() {
        rules().config("src/main/resources/application.yml", """
                        spring.data.redis.cluster.nodes: redis-1:7000,redis-2:7001,redis-3:7002
                        """)
                .source("Cache.java", """
                        import org.springframework.data.redis.connection.RedisStandaloneConfiguration;

                        class Cache {
                            Object connection() {
                                // expect: StandaloneClientOnCluster ERROR: new RedisStandaloneConfiguration("cache", 6379) configures a standalone connection (RedisStandaloneConfiguration) for a connection factory, but the project targets a Redis Cluster (application.yml:1 (spring.data.redis.cluster.nodes))
                                return new RedisStandaloneConfiguration("cache", 6379);
                            }
                        }
                        """)
                .check();
    }
}

package dev.slotlint.rule;

import dev.slotlint.AnalysisResult;
import dev.slotlint.testing.RuleTester;
import dev.slotlint.topology.ProjectTopology;
import dev.slotlint.topology.TopologySetting;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Whether the project targets a cluster, and the MOVED-class rules that follow from it. */
class TopologyRulesTest {

    private static final String CLUSTER_YAML = """
            spring:
              data:
                redis:
                  cluster:
                    nodes:
                      - redis-1:7000
                      - redis-2:7001
                      - redis-3:7002
            """;

    private static final String STANDALONE_CLIENTS = """
            import io.lettuce.core.RedisClient;
            import redis.clients.jedis.Jedis;
            import redis.clients.jedis.JedisPool;
            import redis.clients.jedis.JedisPooled;

            class Clients {
                void run() {
                    // expect: StandaloneClientOnCluster ERROR: new Jedis("redis-1", 7000) makes a standalone Jedis client, aimed at redis-1:7000, a node of the Redis Cluster that application.yml:5 (spring.data.redis.cluster.nodes) names: every command on a key whose slot another node owns fails with "MOVED <slot> <host:port>"; use JedisCluster (or RedisClusterClient on Jedis 7+) with the cluster's seed nodes (redis-1:7000, redis-2:7001, redis-3:7002)
                    Jedis jedis = new Jedis("redis-1", 7000);
                    // expect: StandaloneClientOnCluster ERROR: makes a standalone JedisPool client
                    JedisPool pool = new JedisPool("cache", 6379);
                    // expect: StandaloneClientOnCluster ERROR: makes a standalone JedisPooled client
                    JedisPooled pooled = new JedisPooled("cache", 6379);
                    // expect: StandaloneClientOnCluster ERROR: use io.lettuce.core.cluster.RedisClusterClient.create(seedUris)
                    RedisClient lettuce = RedisClient.create("redis://redis-1:7000");
                }

                java.util.List<?> fromMethodReferences(java.util.Optional<String> uri, java.util.List<String> hosts) {
                    // expect: StandaloneClientOnCluster ERROR: RedisClient::create makes a standalone
                    uri.map(RedisClient::create);
                    // expect: StandaloneClientOnCluster ERROR: Jedis::new makes a standalone Jedis client
                    return hosts.stream().map(Jedis::new).toList();
                }
            }
            """;

    private static RuleTester topologyRules() {
        return RuleTester.of(new StandaloneClientOnClusterRule(), new TooFewSeedNodesRule(), new SelectOnClusterRule(),
                new ClusterAnnounceIpRule());
    }

    @Test
    void standaloneClientsInAClusterProjectAreFound() {
        AnalysisResult result = topologyRules()
                .config("src/main/resources/application.yml", CLUSTER_YAML)
                .source("Clients.java", STANDALONE_CLIENTS)
                .check();
        assertEquals(ProjectTopology.Kind.CLUSTER, result.topology().kind());
        assertEquals("application.yml:5 (spring.data.redis.cluster.nodes)", result.topology().reason());
    }

    @Test
    void theSameCodeUnderAStandaloneConfigurationIsFine() {
        AnalysisResult result = topologyRules()
                .config("src/main/resources/application.properties", """
                        spring.data.redis.host=cache
                        spring.data.redis.port=6379
                        spring.data.redis.database=2
                        """)
                .source("Clients.java", STANDALONE_CLIENTS.replaceAll("// expect:[^\\n]*\\n", "\n"))
                .check();
        assertEquals(ProjectTopology.Kind.STANDALONE, result.topology().kind());
    }

    @Test
    void explicitStandaloneTopologySilencesEverything() {
        topologyRules()
                .settings(s -> s.withTopology(TopologySetting.STANDALONE, List.of(), false))
                .config("src/main/resources/application.yml", CLUSTER_YAML)
                .source("Clients.java", STANDALONE_CLIENTS.replaceAll("// expect:[^\\n]*\\n", "\n"))
                .check();
    }

    @Test
    void clusterReadyShowsFindingsAsIfTheTopologyWereCluster() {
        topologyRules()
                .settings(s -> s.withTopology(TopologySetting.AUTO, List.of(), true))
                .config("src/main/resources/application.properties", "spring.data.redis.host=cache\n")
                .source("Clients.java", STANDALONE_CLIENTS
                        .replace("aimed at redis-1:7000, a node of the Redis Cluster that application.yml:5"
                                        + " (spring.data.redis.cluster.nodes) names",
                                "but the project targets a Redis Cluster (plugin parameter clusterReady=true)")
                        .replace(" (redis-1:7000, redis-2:7001, redis-3:7002)", ""))
                .check();
    }

    @Test
    void conflictingEvidenceIsReportedAndAStandaloneClientAimedAtAClusterNodeStillFound() {
        AnalysisResult result = topologyRules()
                .config("src/main/resources/application.properties", "spring.data.redis.host=cache\n")
                .config("src/main/resources/application-prod.yml", CLUSTER_YAML)
                .source("Clients.java", """
                        import redis.clients.jedis.Jedis;

                        class Clients {
                            void run() {
                                // expect: StandaloneClientOnCluster ERROR: aimed at redis-2:7001, a node of the Redis Cluster that application-prod.yml:5 (spring.data.redis.cluster.nodes) names
                                Jedis direct = new Jedis("redis-2", 7001);
                                Jedis local = new Jedis("cache", 6379);
                            }
                        }
                        """)
                .check();
        assertEquals(ProjectTopology.Kind.UNKNOWN, result.topology().kind());
        assertEquals("conflicting topology evidence: cluster (application-prod.yml:5 (spring.data.redis.cluster.nodes))"
                + " and standalone (application.properties:1 (spring.data.redis.host)); set the plugin parameter"
                + " topology to cluster or standalone", result.topology().conflict());
    }

    @Test
    void clusterClientsInCodeAreEvidenceAndTheirSeedsAreCounted() {
        AnalysisResult result = topologyRules().source("Seeds.java", """
                import java.util.HashSet;
                import java.util.List;
                import java.util.Set;
                import io.lettuce.core.RedisURI;
                import io.lettuce.core.cluster.RedisClusterClient;
                import redis.clients.jedis.HostAndPort;
                import redis.clients.jedis.Jedis;
                import redis.clients.jedis.JedisCluster;

                class Seeds {
                    static final String HOST = "redis-1";

                    void run(Set<HostAndPort> injected) {
                        // expect: TooFewSeedNodes WARNING: new JedisCluster(new HostAndPort(HOST, 7000)) gives JedisCluster 1 seed node (redis-1:7000): if it is down
                        JedisCluster one = new JedisCluster(new HostAndPort(HOST, 7000));
                        Set<HostAndPort> nodes = new HashSet<>();
                        nodes.add(new HostAndPort("redis-1", 7000));
                        nodes.add(new HostAndPort("redis-2", 7001));
                        // expect: TooFewSeedNodes WARNING: gives JedisCluster 2 seed nodes (redis-1:7000, redis-2:7001)
                        JedisCluster two = new JedisCluster(nodes);
                        JedisCluster three = new JedisCluster(Set.of(new HostAndPort("a", 1), new HostAndPort("b", 2),
                                new HostAndPort("c", 3)));
                        JedisCluster unknown = new JedisCluster(injected);
                        // expect: TooFewSeedNodes WARNING: gives RedisClusterClient 1 seed node (redis-9:7000)
                        RedisClusterClient lettuce = RedisClusterClient.create(RedisURI.create("redis://redis-9:7000"));
                        RedisClusterClient lettuce3 = RedisClusterClient.create(List.of(RedisURI.create("redis://a:1"),
                                RedisURI.create("redis://b:2"), RedisURI.create("redis://c:3")));
                    }

                    void computed(String host, int port, List<String> configured) {
                        // expect: TooFewSeedNodes WARNING: gives RedisClusterConfiguration 1 seed node (‹host› + ":" + ‹port›): if it is down
                        new org.springframework.data.redis.connection.RedisClusterConfiguration(List.of(host + ":" + port));
                        new org.springframework.data.redis.connection.RedisClusterConfiguration(List.of(host + ":" + port,
                                host + ":" + (port + 1), host + ":" + (port + 2)));
                        new org.springframework.data.redis.connection.RedisClusterConfiguration(configured);
                    }
                }
                """).check();
        assertEquals(ProjectTopology.Kind.CLUSTER, result.topology().kind());
        assertEquals("Seeds.java:15 (JedisCluster)", result.topology().reason());
        assertNull(result.topology().conflict());
    }

    @Test
    void configuredSeedsAreCountedToo() {
        topologyRules().config("src/main/resources/application.properties", """
                # expect: TooFewSeedNodes WARNING: spring.data.redis.cluster.nodes names 2 seed nodes (redis-1:7000,redis-2:7001)
                spring.data.redis.cluster.nodes=redis-1:7000,redis-2:7001
                """).check();
        topologyRules().config("src/main/resources/application-legacy.yml", """
                spring.redis.cluster.nodes: redis-1:7000, redis-2:7001, redis-3:7002
                """).check();
    }

    @Test
    void selectingADatabaseOnAClusterFails() {
        topologyRules()
                .config("src/main/resources/application.properties", """
                        spring.data.redis.cluster.nodes=a:1,b:2,c:3
                        # expect: SelectOnCluster ERROR: spring.data.redis.database=3, but a Redis Cluster has only database 0 (application.properties:1 (spring.data.redis.cluster.nodes)); remove the setting
                        spring.data.redis.database=3
                        spring.redis.database=0
                        """)
                .source("Select.java", """
                        import io.lettuce.core.RedisURI;
                        import io.lettuce.core.cluster.RedisClusterClient;
                        import redis.clients.jedis.Jedis;

                        class Select {
                            void run(Jedis jedis) {
                                // expect: SelectOnCluster ERROR: select(2) on Jedis fails on a Redis Cluster: "ERR SELECT is not allowed in cluster mode"
                                jedis.select(2);
                                jedis.select(0);
                                // expect: SelectOnCluster ERROR: selects database 4, but a Redis Cluster has only database 0
                                // expect: TooFewSeedNodes WARNING: 1 seed node (a:1)
                                RedisClusterClient one = RedisClusterClient.create(RedisURI.Builder.redis("a", 1)
                                        .withDatabase(4).build());
                                // expect: SelectOnCluster ERROR: selects database 5
                                // expect: TooFewSeedNodes WARNING: 1 seed node (b:2)
                                RedisClusterClient two = RedisClusterClient.create("redis://b:2/5");
                            }
                        }
                        """)
                .check();
    }

    @Test
    void dockerisedClusterNodesNeedAnAnnouncedAddress() {
        topologyRules()
                .config("docker/redis.conf", """
                        port 7000
                        # expect: ClusterAnnounceIp WARNING: redis.conf enables cluster mode for a node run by Docker (docker-compose.yml) but sets no cluster-announce-ip
                        cluster-enabled yes
                        cluster-config-file nodes.conf
                        """)
                .config("docker/docker-compose.yml", """
                        services:
                          redis:
                            image: redis:7
                        """)
                .config("announced/redis.conf", """
                        cluster-enabled yes
                        cluster-announce-ip 10.0.0.5
                        """)
                .config("announced/Dockerfile", "FROM redis:7\n")
                .config("bare-metal/redis.conf", "cluster-enabled yes\n")
                .check();
    }

    @Test
    void brokenYamlIsAProblemWithItsLine() {
        AnalysisResult result = topologyRules()
                .config("src/main/resources/application.yml", "spring:\n  data: [unclosed\n")
                .check();
        assertEquals(1, result.problems().size());
        assertEquals(3, result.problems().get(0).location().line());
    }

    @Test
    void clientsThatNeverTouchAKeyAreNoMovedHazard() {
        topologyRules().config("src/main/resources/application.yml", CLUSTER_YAML).source("Events.java", """
                import redis.clients.jedis.Jedis;
                import redis.clients.jedis.JedisCluster;
                import redis.clients.jedis.JedisPool;
                import redis.clients.jedis.JedisPubSub;
                import redis.clients.jedis.Transaction;
                import redis.clients.jedis.util.JedisClusterCRC16;

                class Events {
                    private final JedisPool events = new JedisPool("redis-1", 7000);
                    private JedisPool placeholder = new JedisPool();
                    // expect: StandaloneClientOnCluster ERROR: new JedisPool("redis-2", 7001) makes a standalone JedisPool client
                    private final JedisPool cache = new JedisPool("redis-2", 7001);
                    private JedisCluster cluster;

                    void publish(String channel, String message) {
                        try (Jedis jedis = events.getResource()) {
                            jedis.publish(channel, message);
                        }
                    }

                    void listen(JedisPubSub listener) {
                        events.getResource().subscribe(listener, "orders");
                    }

                    String read(String key) {
                        try (Jedis jedis = cache.getResource()) {
                            jedis.publish("reads", key);
                            return jedis.get(key);
                        }
                    }

                    void transfer(String key) {
                        try (Jedis node = new Jedis(cluster.getConnectionFromSlot(JedisClusterCRC16.getSlot(key)))) {
                            node.watch(key);
                            Transaction t = node.multi();
                            t.set(key, "1");
                            t.exec();
                        }
                    }
                }
                """).check();
    }
}

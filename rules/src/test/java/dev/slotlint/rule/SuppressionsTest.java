package dev.slotlint.rule;

import dev.slotlint.AnalysisResult;
import dev.slotlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Findings a team accepts: silenced by annotation or comment, and counted as suppressed. */
class SuppressionsTest {

    @Test
    void annotationsAndCommentsSilenceTheirScope() {
        AnalysisResult result = RuleTester.of(new CrossSlotRule(), new UnsupportedOnClusterRule())
                .source("Accepted.java", """
                        import redis.clients.jedis.JedisCluster;

                        class Accepted {
                            @SuppressWarnings("slotlint:CrossSlot")
                            void migration(JedisCluster redis) {
                                redis.del("a", "b");
                            }

                            @SuppressWarnings({"unchecked", "slotlint"})
                            void everything(JedisCluster redis) {
                                redis.del("a", "b");
                                redis.multi();
                            }

                            @SuppressWarnings("slotlint:UnsupportedOnCluster")
                            void otherRule(JedisCluster redis) {
                                // expect: CrossSlot
                                redis.del("a", "b");
                            }

                            void comments(JedisCluster redis) {
                                redis.del("a", "b"); // slotlint:ignore CrossSlot
                                // slotlint:ignore
                                redis.del("a", "b");
                                // slotlint:ignore UnsupportedOnCluster
                                // expect: CrossSlot
                                redis.del("c", "d");
                                // expect: CrossSlot
                                redis.del("e", "f");
                            }
                        }
                        """)
                .source("Silent.java", """
                        import redis.clients.jedis.JedisCluster;

                        @SuppressWarnings(value = "slotlint:CrossSlot")
                        class Silent {
                            private final JedisCluster redis = null;

                            void run() {
                                redis.del("a", "b");
                            }
                        }
                        """)
                .check();
        assertEquals(6, result.suppressed());
    }

    @Test
    void configurationFilesTakeHashComments() {
        AnalysisResult result = RuleTester.of(new TooFewSeedNodesRule())
                .config("src/main/resources/application.properties", """
                        # slotlint:ignore TooFewSeedNodes
                        spring.data.redis.cluster.nodes=redis-1:7000
                        """)
                .config("src/main/resources/application-other.properties", """
                        # expect: TooFewSeedNodes
                        spring.redis.cluster.nodes=redis-1:7000
                        """)
                .check();
        assertEquals(1, result.suppressed());
    }
}

package dev.slotlint.rule;

import dev.slotlint.AnalysisResult;
import dev.slotlint.client.Library;
import dev.slotlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients the calling code does not declare: held by another class (a static field, a getter), or handed out by a
 * bean locator. The calling file may import no Redis package at all.
 */
class ReceiversTest {

    private static RuleTester tester() {
        return RuleTester.of(new CrossSlotRule(), new ClusterFanOutRule())
                .settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0").withLibraryVersion(Library.SPRING, "3.2.0"))
                .source("shop/Redis.java", """
                        package shop;

                        import redis.clients.jedis.JedisCluster;

                        public final class Redis {
                            public static final JedisCluster CLUSTER = new JedisCluster(java.util.Set.of());
                            private static JedisCluster instance;

                            public static JedisCluster get() {
                                return instance;
                            }
                        }
                        """)
                .source("shop/Holder.java", """
                        package shop;

                        import redis.clients.jedis.JedisCluster;

                        public class Holder {
                            private JedisCluster cluster;

                            public JedisCluster cluster() {
                                return cluster;
                            }
                        }
                        """);
    }

    @Test
    void clientsReachedThroughAnotherClassAreFoundInFilesThatImportNoClient() {
        tester().source("shop/Orders.java", """
                        package shop;

                        class Orders {
                            private Holder holder;

                            void run(String id) {
                                // expect: CrossSlot ERROR: MGET keys "order:1" (slot 14374) and "order:2" (slot 2117)
                                Redis.CLUSTER.mget("order:1", "order:2");
                                // expect: CrossSlot WARNING: DEL keys "cart:" + ‹id› (no hash tag) and "carts" (slot 9321) share no hash tag
                                holder.cluster().del("cart:" + id, "carts");
                                // expect: CrossSlot ERROR: DEL keys "{cart}:1" (slot 15997) and "cart:2" (slot 13807)
                                Redis.get().del("{cart}:1", "cart:2");
                                Redis.CLUSTER.mget("{order}:1", "{order}:2");
                            }
                        }
                        """).check();
    }

    @Test
    void aFileThatReachesNoClientMemberIsNotParsed() {
        AnalysisResult result = tester().source("shop/Broken.java", """
                        package shop;

                        class Broken {
                            void run( {
                                System.out.println("no Redis here");
                            }
                        }
                        """).source("shop/BrokenUser.java", """
                        package shop;

                        class BrokenUser {
                            void run( {
                                Redis.CLUSTER.mget("a", "b");
                            }
                        }
                        """).check();
        // the file that uses a client is parsed, so that its syntax error is reported; the other is not read further
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).location().file().toString().endsWith("BrokenUser.java"));
    }

    @Test
    void beansHandedOutByALocatorHaveTheTypeTheirClassArgumentNames() {
        tester().source("shop/SpringUtils.java", """
                        package shop;

                        import org.springframework.context.ApplicationContext;

                        public final class SpringUtils {
                            private static ApplicationContext context;

                            public static <T> T getBean(Class<T> type) {
                                return context.getBean(type);
                            }
                        }
                        """).source("shop/Registry.java", """
                        package shop;

                        public enum Registry {
                            INSTANCE;

                            public <T> T get(String name, Class<T> type) {
                                return null;
                            }
                        }
                        """).source("shop/Carts.java", """
                        package shop;

                        import java.util.List;
                        import org.springframework.context.ApplicationContext;
                        import org.springframework.data.redis.core.StringRedisTemplate;

                        class Carts {
                            private ApplicationContext applicationContext;

                            void clear(String id) {
                                // expect: ClusterFanOut WARNING: DEL (via StringRedisTemplate.delete) keys "cart:1" (slot 1420) and "cart:2" (slot 13807) span different slots
                                applicationContext.getBean(StringRedisTemplate.class).delete(List.of("cart:1", "cart:2"));
                                StringRedisTemplate template = SpringUtils.getBean(StringRedisTemplate.class);
                                // expect: ClusterFanOut WARNING: DEL (via StringRedisTemplate.delete) keys "cart:3" (slot 9678) and "cart:4" (slot 5417)
                                template.delete(List.of("cart:3", "cart:4"));
                                // expect: ClusterFanOut WARNING: DEL (via StringRedisTemplate.delete) keys "cart:5" (slot 1288) and "cart:6" (slot 13675)
                                Registry.INSTANCE.get("redis", StringRedisTemplate.class).delete(List.of("cart:5", "cart:6"));
                                applicationContext.getBean(StringRedisTemplate.class).delete(List.of("{cart}:7", "{cart}:8"));
                            }
                        }
                        """).config("src/main/resources/application.yml", """
                        spring:
                          data:
                            redis:
                              cluster:
                                nodes: redis-1:7000,redis-2:7001,redis-3:7002
                        """).check();
    }

    @Test
    void gettersLombokGeneratesAndRecordAccessorsAreFollowed() {
        tester().source("shop/Beans.java", """
                        package shop;

                        import lombok.Data;
                        import lombok.Getter;
                        import redis.clients.jedis.JedisCluster;

                        @Data
                        public class Beans {
                            private JedisCluster cluster;
                            private String prefix = "shop:";
                        }

                        class Config {
                            @Getter
                            private final String lockPrefix = "lock:";
                        }

                        record Clients(JedisCluster redis) {
                        }
                        """).source("shop/Jobs.java", """
                        package shop;

                        class Jobs {
                            private Beans beans;
                            private Config config;
                            private Clients clients;

                            void run(String id) {
                                // expect: CrossSlot ERROR: DEL keys "job:1" (slot 11113) and "job:2" (slot 6922)
                                beans.getCluster().del("job:1", "job:2");
                                // expect: CrossSlot WARNING: MGET keys "lock:" + ‹id› (no hash tag) and "lock:all" (slot 2643) share no hash tag
                                clients.redis().mget(config.getLockPrefix() + id, "lock:all");
                                clients.redis().mget("{" + config.getLockPrefix() + "}" + id, config.getLockPrefix());
                            }
                        }
                        """).check();
    }
}

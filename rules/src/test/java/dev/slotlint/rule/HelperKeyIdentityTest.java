package dev.slotlint.rule;

import dev.slotlint.client.Library;
import dev.slotlint.testing.RuleTester;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Keys built by the project's own helpers mean what the helper makes of the caller's arguments, whatever method
 * calls them, in whatever order, with parameters of whatever name: the same helper-built key set gets the same
 * verdict everywhere.
 */
class HelperKeyIdentityTest {

    private static final String CART_KEYS = """
            package shop;

            public final class CartKeys {
                public static String meta(String id) {
                    return "{cart:" + id + "}:meta";
                }

                public static String coupons(String id) {
                    return "{cart:" + id + "}:coupons";
                }

                public static String items(String id) {
                    return "{cart:" + id.trim() + "}:items";
                }

                public static String archived(String cartId) {
                    return "{cart:" + cartId.trim() + "}:items:archived";
                }
            }
            """;

    /** Helpers that make the same tag of their argument: as is, or trimmed. */
    private static final String[][] HELPERS = {{"meta", "coupons"}, {"items", "archived"}};
    private static final String[] NAMES = {"id", "cartId", "a", "userCart"};

    /**
     * Many methods, each calling two helpers with its parameter, or with two different parameters; the methods and
     * the helpers in a random order (a different one each repetition). Same parameter: one slot, silent. Different
     * parameters: no shared tag, a warning.
     */
    @RepeatedTest(8)
    void sameArgumentsSameVerdictInEveryMethodAndOrder(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        StringBuilder service = new StringBuilder("""
                package shop;

                import redis.clients.jedis.JedisCluster;

                class CartService {
                    JedisCluster cluster;
                """);
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String first = NAMES[random.nextInt(NAMES.length)];
            String[] family = HELPERS[random.nextInt(HELPERS.length)];
            String helperA = family[random.nextInt(family.length)];
            String helperB = family[random.nextInt(family.length)];
            boolean twoCarts = random.nextInt(3) == 0;
            String second = twoCarts ? first + "Other" : first;
            String parameters = "String " + first + (twoCarts ? ", String " + second : "");
            String expectation = twoCarts ? "        // expect: CrossSlot WARNING: share no hash tag\n" : "";
            methods.add("    void m" + i + "(" + parameters + ") {\n" + expectation
                    + "        cluster.del(CartKeys." + helperA + "(" + first + "), CartKeys." + helperB + "(" + second
                    + "));\n    }\n");
        }
        java.util.Collections.shuffle(methods, random);
        methods.forEach(service::append);
        service.append("}\n");
        RuleTester.of(new CrossSlotRule())
                .settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0"))
                .source("shop/CartKeys.java", CART_KEYS)
                .source("shop/CartService.java", service.toString())
                .check();
    }

    @Test
    void aHelperCalledFirstWithOneArgumentDoesNotLendItsValueToALaterCall() {
        RuleTester.of(new CrossSlotRule())
                .settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0"))
                .source("shop/CartKeys.java", CART_KEYS)
                .source("shop/CartService.java", """
                        package shop;

                        import redis.clients.jedis.JedisCluster;

                        class CartService {
                            JedisCluster cluster;

                            void first(String id) {
                                // expect: CrossSlot WARNING: share no hash tag
                                cluster.del(CartKeys.meta(id), "audit");
                            }

                            void later(String id) {
                                cluster.del(CartKeys.meta(id), CartKeys.coupons(id));
                            }
                        }
                        """)
                .check();
    }

    @Test
    void aRenameThroughHelpersInsideOneTagIsSilentOnSpringToo() {
        RuleTester.of(new CrossSlotRule(), new ClusterFanOutRule())
                .settings(s -> s.withLibraryVersion(Library.SPRING, "3.3.13"))
                .config("src/main/resources/application.yml", """
                        spring.data.redis.cluster.nodes: redis-1:7000,redis-2:7001,redis-3:7002
                        """)
                .source("shop/CartKeys.java", CART_KEYS)
                .source("shop/Archive.java", """
                        package shop;

                        import org.springframework.data.redis.core.StringRedisTemplate;

                        class Archive {
                            StringRedisTemplate redis;

                            void archive(String id) {
                                redis.rename(CartKeys.items(id), CartKeys.archived(id));
                            }

                            void mixUp(String id, String other) {
                                // expect: ClusterFanOut WARNING: RENAME (via StringRedisTemplate.rename)
                                redis.rename(CartKeys.items(id), CartKeys.archived(other));
                            }
                        }
                        """)
                .check();
    }

    @Test
    void aWrapperThatRetriesReportsItsCallerOnceNamingTheFirstPath() {
        RuleTester.of(new CrossSlotRule())
                .settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0"))
                .source("shop/Scripts.java", """
                        package shop;

                        import java.util.List;
                        import redis.clients.jedis.JedisCluster;
                        import redis.clients.jedis.exceptions.JedisNoScriptException;

                        class Scripts {
                            JedisCluster cluster;

                            Object run(String sha, String script, List<String> keys) {
                                try {
                                    return cluster.evalsha(sha, keys, List.of());
                                } catch (JedisNoScriptException e) {
                                    return cluster.eval(script, keys, List.of());
                                }
                            }
                        }
                        """)
                .source("shop/Stock.java", """
                        package shop;

                        import java.util.List;

                        class Stock {
                            Scripts scripts;

                            Object move() {
                                // expect: CrossSlot ERROR: EVALSHA (via Scripts.run → JedisCluster.evalsha) keys "stock:a" (slot 
                                return scripts.run("sha", "return 1", List.of("stock:a", "stock:b"));
                            }
                        }
                        """)
                .check();
    }
}

package dev.slotlint.rule;

import dev.slotlint.client.Library;
import dev.slotlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Keys that reach the client through the project's own wrappers, loops, streams and slot grouping. */
class RealWorldPathsTest {

    private static RuleTester rules() {
        return RuleTester.of(new CrossSlotRule(), new ClusterFanOutRule())
                .settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0"));
    }

    private static final String REDIS_UTIL = """
            package shop.redis;

            import java.util.List;
            import redis.clients.jedis.JedisCluster;

            public final class RedisUtil {
                private static JedisCluster cluster;

                public static void mset(String... keysAndValues) {
                    cluster.mset(keysAndValues);
                }

                public static List<String> mget(List<String> keys) {
                    return cluster.mget(keys.toArray(new String[0]));
                }

                public static void rename(String from, String to) {
                    cluster.rename(NAMESPACE + from, NAMESPACE + to);
                }

                static final String NAMESPACE = "app:";
            }
            """;

    @Test
    void staticWrapperIsCheckedAtTheCallerWithThePathInTheMessage() {
        rules().source("shop/redis/RedisUtil.java", REDIS_UTIL).source("shop/Checkout.java", """
                package shop;

                import java.util.List;
                import shop.redis.RedisUtil;

                class Checkout {
                    void run(String userId) {
                        // expect: CrossSlot ERROR: MSET (via RedisUtil.mset → JedisCluster.mset) keys "user:101" (slot 13437) and "user:102" (slot 1054) hash to different slots
                        RedisUtil.mset("user:101", "a", "user:102", "b");
                        RedisUtil.mset("{user:101}:a", "1", "{user:101}:b", "2");
                        // expect: CrossSlot ERROR: MGET (via RedisUtil.mget → JedisCluster.mget) keys "a" (slot 15495) and "b" (slot 3300)
                        RedisUtil.mget(List.of("a", "b"));
                        // expect: CrossSlot ERROR: RENAME (via RedisUtil.rename → JedisCluster.rename) keys "app:a" (slot
                        RedisUtil.rename("a", "b");
                        RedisUtil.rename("{x}a", "{x}b");
                    }
                }
                """).check();
    }

    @Test
    void interfaceServiceWithItsImplementationAndConstructorInjection() {
        rules().source("shop/RedisService.java", """
                package shop;

                public interface RedisService {
                    void deleteAll(String... keys);
                }
                """).source("shop/RedisServiceImpl.java", """
                package shop;

                import redis.clients.jedis.JedisCluster;

                public class RedisServiceImpl implements RedisService {
                    private final JedisCluster jedis;

                    public RedisServiceImpl(JedisCluster jedis) {
                        this.jedis = jedis;
                    }

                    @Override
                    public void deleteAll(String... keys) {
                        jedis.del(keys);
                    }
                }
                """).source("shop/CartCleaner.java", """
                package shop;

                class CartCleaner {
                    private final RedisService redis;
                    private final Helper helper = new Helper();

                    CartCleaner(RedisService redis) {
                        this.redis = redis;
                    }

                    void clean(String cartId) {
                        // expect: CrossSlot WARNING: DEL (via RedisService.deleteAll → JedisCluster.del) keys "cart:" + ‹cartId› (no hash tag) and "cart-lines:" + ‹cartId› (no hash tag) share no hash tag
                        redis.deleteAll("cart:" + cartId, "cart-lines:" + cartId);
                        redis.deleteAll("{cart:" + cartId + "}:a", "{cart:" + cartId + "}:b");
                    }

                    void twice(String a, String b) {
                        helper.forward(redis, a, b);
                    }

                    static class Helper {
                        void forward(RedisService redis, String first, String second) {
                            redis.deleteAll(first, second);
                        }
                    }

                    void viaHelper() {
                        // expect: CrossSlot ERROR: DEL (via CartCleaner.Helper.forward → RedisService.deleteAll → JedisCluster.del) keys "x" (slot 16287) and "y" (slot 12222)
                        helper.forward(redis, "x", "y");
                    }
                }
                """).check();
    }

    @Test
    void theWrapperLineItselfIsNotAFindingOnceCallersAreChecked() {
        rules().source("Util.java", """
                import redis.clients.jedis.JedisCluster;

                class Util {
                    static JedisCluster cluster;

                    static void pair(String first, String second) {
                        cluster.del("ns:" + first, "ns:" + second);
                    }

                    void use() {
                        pair("{t}a", "{t}b");
                    }
                }
                """).check();
    }

    @Test
    void keysBuiltInLoopsAndStreams() {
        rules().source("Loops.java", """
                import java.util.ArrayList;
                import java.util.HashMap;
                import java.util.List;
                import java.util.Map;
                import java.util.stream.Collectors;
                import java.util.stream.IntStream;
                import redis.clients.jedis.JedisCluster;

                class Loops {
                    static String user(String id) {
                        return "user:" + id;
                    }

                    void run(JedisCluster redis, List<String> ids, String orderId, String[] fields) {
                        List<String> keys = new ArrayList<>();
                        for (String id : ids) {
                            keys.add("user:" + id);
                        }
                        // expect: CrossSlot WARNING: MGET keys "user:" + ‹id› (no hash tag) share no hash tag
                        redis.mget(keys.toArray(new String[0]));

                        List<String> tagged = new ArrayList<>();
                        for (String field : fields) {
                            tagged.add("{order:" + orderId + "}:" + field);
                        }
                        redis.mget(tagged.toArray(new String[0]));

                        String[] array = new String[ids.size()];
                        for (int i = 0; i < array.length; i++) {
                            array[i] = "session:" + ids.get(i);
                        }
                        // expect: CrossSlot WARNING: DEL keys "session:" + ‹ids.get(i)› (no hash tag)
                        redis.del(array);

                        // expect: CrossSlot WARNING: keys "user:" + ‹ids[i]› (no hash tag)
                        redis.del(ids.stream().map(id -> "user:" + id).toArray(String[]::new));
                        // expect: CrossSlot WARNING: keys "user:" + ‹ids[i]› (no hash tag)
                        redis.del(ids.stream().map(Loops::user).collect(Collectors.toList()).toArray(new String[0]));
                        redis.del(ids.stream().map(id -> "{cart:" + orderId + "}:" + id).toArray(String[]::new));
                        // expect: CrossSlot WARNING: "shard:" + ‹IntStream.range(0, 4)[i]› (no hash tag)
                        redis.del(IntStream.range(0, 4).mapToObj(i -> "shard:" + i).toArray(String[]::new));

                        List<String> viaForEach = new ArrayList<>();
                        ids.forEach(id -> viaForEach.add("seen:" + id));
                        // expect: CrossSlot WARNING: "seen:" + ‹ids[i]› (no hash tag)
                        redis.del(viaForEach.toArray(new String[0]));
                        // expect: CrossSlot ERROR: "a" (slot 15495) and "b" (slot 3300)
                        redis.del(List.of("a", "b").stream().map(String::valueOf).toArray(String[]::new));
                    }
                }
                """).check();
    }

    @Test
    void mapBuiltInALoopForLettuceMset() {
        RuleTester.of(new CrossSlotRule(), new ClusterFanOutRule())
                .settings(s -> s.withLibraryVersion(Library.LETTUCE, "6.3.2.RELEASE"))
                .source("Prices.java", """
                import java.util.HashMap;
                import java.util.List;
                import java.util.Map;
                import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;

                class Prices {
                    void save(RedisAdvancedClusterCommands<String, String> redis, List<String> ids, String shop) {
                        Map<String, String> values = new HashMap<>();
                        for (String id : ids) {
                            values.put("price:" + id, "0");
                        }
                        // expect: ClusterFanOut WARNING: MSET keys "price:" + ‹id› (no hash tag) share no hash tag, so they likely span different slots
                        redis.mset(values);
                        Map<String, String> tagged = new HashMap<>();
                        for (String id : ids) {
                            tagged.put("{shop:" + shop + "}:price:" + id, "0");
                        }
                        redis.mset(tagged);
                    }
                }
                """).check();
    }

    @Test
    void keysGroupedBySlotBeforeTheCallStaySilent() {
        rules().source("Grouped.java", """
                import java.util.ArrayList;
                import java.util.HashMap;
                import java.util.List;
                import java.util.Map;
                import java.util.stream.Collectors;
                import io.lettuce.core.cluster.SlotHash;
                import redis.clients.jedis.JedisCluster;
                import redis.clients.jedis.util.JedisClusterCRC16;

                class Grouped {
                    void byJedisSlot(JedisCluster redis, List<String> ids) {
                        List<String> keys = ids.stream().map(id -> "user:" + id).toList();
                        Map<Integer, List<String>> bySlot = keys.stream()
                                .collect(Collectors.groupingBy(JedisClusterCRC16::getSlot));
                        for (List<String> group : bySlot.values()) {
                            redis.del(group.toArray(new String[0]));
                        }
                    }

                    void byHand(JedisCluster redis) {
                        List<String> keys = List.of("a", "b", "c");
                        Map<Integer, List<String>> bySlot = new HashMap<>();
                        for (String key : keys) {
                            bySlot.computeIfAbsent(JedisClusterCRC16.getSlot(key), s -> new ArrayList<>()).add(key);
                        }
                        bySlot.forEach((slot, group) -> redis.del(group.toArray(new String[0])));
                        for (Map.Entry<Integer, List<String>> entry : bySlot.entrySet()) {
                            redis.mget(entry.getValue().toArray(new String[0]));
                        }
                    }

                    void lettucePartition(JedisCluster redis, List<String> keys) {
                        Map<Integer, List<String>> partitioned = SlotHash.partition(
                                io.lettuce.core.codec.StringCodec.UTF8, keys);
                        partitioned.values().forEach(group -> redis.del(group.toArray(new String[0])));
                    }
                }
                """).check();
    }
}

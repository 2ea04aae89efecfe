package dev.slotlint.rule;

import dev.slotlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CrossSlotRuleTest {

    @Test
    void literalKeysInDifferentSlots() {
        RuleTester.of(new CrossSlotRule()).source("Shop.java", """
                import redis.clients.jedis.JedisCluster;

                class Shop {
                    private final JedisCluster redis;

                    Shop(JedisCluster redis) {
                        this.redis = redis;
                    }

                    void save() {
                        // expect: CrossSlot ERROR: MSET keys "user:101" (slot 13437) and "user:102" (slot 1054) hash to different slots: JedisCluster refuses the call before sending it; give them a shared hash tag such as "{user}:101"
                        redis.mset("user:101", "a", "user:102", "b");
                        // expect: CrossSlot ERROR: MGET keys "a" (slot 15495) and "b" (slot 3300) hash to different slots
                        redis.mget("a", "b");
                        // expect: CrossSlot ERROR: DEL keys "user:101:profile" (slot 14791), "user:101:settings" (slot 6457) and "a" (slot 15495)
                        this.redis.del("user:101:profile", "user:101:settings", "a");
                    }
                }
                """).check();
    }

    @Test
    void sameTagSingleKeyAndValuesStaySilent() {
        RuleTester.of(new CrossSlotRule()).source("Profiles.java", """
                import redis.clients.jedis.JedisCluster;

                class Profiles {
                    void save(JedisCluster cluster) {
                        cluster.mset("{user:101}:name", "Ada", "{user:101}:email", "ada@example.com");
                        cluster.mget("{user:101}:name", "{user:101}:email", "user:101");
                        cluster.del("only-one");
                        cluster.mset("same", "a", "same", "b");
                        cluster.mget(new String[] {"{cart}:1", "{cart}:2"});
                    }
                }
                """).check();
    }

    @Test
    void receiversOfEveryDeclarationKind() {
        RuleTester.of(new CrossSlotRule()).source("Kinds.java", """
                import redis.clients.jedis.JedisCluster;
                import redis.clients.jedis.Jedis;

                class Kinds {
                    static JedisCluster shared;

                    void run(JedisCluster parameter, Jedis standalone) {
                        JedisCluster local = parameter;
                        var inferred = new JedisCluster(java.util.Set.of());
                        // expect: CrossSlot
                        parameter.del("a", "b");
                        // expect: CrossSlot
                        local.del("a", "b");
                        // expect: CrossSlot
                        inferred.del("a", "b");
                        // expect: CrossSlot
                        shared.del("a", "b");
                        // expect: CrossSlot
                        Kinds.shared.del("a", "b");
                        standalone.del("a", "b");
                    }
                }
                """).check();
    }

    @Test
    void arrayOfKeysIsExpanded() {
        RuleTester.of(new CrossSlotRule()).source("Arrays.java", """
                import redis.clients.jedis.JedisCluster;

                class Arrays {
                    void run(JedisCluster redis) {
                        // expect: CrossSlot: "a" (slot 15495) and "b" (slot 3300)
                        redis.del(new String[] {"a", "b"});
                        // expect: CrossSlot: MSET keys "a" (slot 15495) and "b" (slot 3300)
                        redis.mset(new String[] {"a", "1", "b", "2"});
                    }
                }
                """).check();
    }

    @Test
    void simpleNamesResolveThroughImportsOnly() {
        RuleTester.of(new CrossSlotRule()).source("Other.java", """
                package shop;

                class Other {
                    void run(JedisCluster notImported, redis.clients.jedis.JedisCluster qualified) {
                        notImported.del("a", "b");
                        // expect: CrossSlot
                        qualified.del("a", "b");
                    }
                }
                """).source("Star.java", """
                import redis.clients.jedis.*;

                class Star {
                    void run(JedisCluster redis) {
                        // expect: CrossSlot
                        redis.del("a", "b");
                    }
                }
                """).check();
    }

    private static final String KEYS = """
            package shop.keys;

            public final class Keys {
                public static final String USER = "user:";
                public static final String ORDER = "order:";
                public static final String CART_TAG = "{cart}";

                private Keys() {
                }

                public static String profile(String userId) {
                    return "{user:" + userId + "}:profile";
                }

                public static String settings(String userId) {
                    return String.format("{user:%s}:settings", userId);
                }

                public static String order(long orderId) {
                    return ORDER + orderId;
                }
            }
            """;

    @Test
    void keysFromConstantsFormatsAndHelpersAreEvaluated() {
        RuleTester.of(new CrossSlotRule()).source("shop/keys/Keys.java", KEYS).source("shop/Service.java", """
                package shop;

                import redis.clients.jedis.JedisCluster;
                import shop.keys.Keys;

                import static shop.keys.Keys.USER;

                class Service {
                    private static final String SESSION = "session:";

                    void run(JedisCluster redis, String userId, long orderId) {
                        // expect: CrossSlot ERROR: MGET keys "user:7" (slot 2780) and "order:7" (slot 6368) hash to different slots: JedisCluster refuses the call before sending it; give them a shared hash tag such as "user:{7}"
                        redis.mget(USER + 7, Keys.order(7));
                        // expect: CrossSlot ERROR: DEL keys "session:a" (slot
                        redis.del(SESSION + "a", String.format("%sb", SESSION));
                        redis.mget(Keys.profile(userId), Keys.settings(userId));
                        redis.mget(Keys.CART_TAG + ":1", Keys.CART_TAG + ":2");
                        String tag = "{" + userId + "}";
                        redis.mset(tag + ":name", "Ada", tag + ":email", "ada@example.com");
                    }
                }
                """).check();
    }

    @Test
    void keysThatShareNoHashTagAreAWarning() {
        RuleTester.of(new CrossSlotRule()).source("shop/keys/Keys.java", KEYS).source("shop/Service.java", """
                package shop;

                import redis.clients.jedis.JedisCluster;
                import shop.keys.Keys;

                class Service {
                    void run(JedisCluster redis, String userId, String otherId) {
                        // expect: CrossSlot WARNING: MGET keys "user:" + ‹userId› (no hash tag) and "order:" + ‹userId› (no hash tag) share no hash tag, so they land in one slot only by chance; otherwise JedisCluster refuses the call before sending it; give them a shared hash tag such as "user:{" + ‹userId› + "}"
                        redis.mget(Keys.USER + userId, Keys.ORDER + userId);
                        // expect: CrossSlot WARNING: hash tag "user:" + ‹userId›
                        redis.mget(Keys.profile(userId), Keys.profile(otherId));
                        // expect: CrossSlot WARNING: "{cart}:1" (slot
                        redis.del("{cart}:1", "cart:" + userId);
                    }
                }
                """).check();
    }

    @Test
    void wholeUnknownKeysStaySilent() {
        RuleTester.of(new CrossSlotRule()).source("Forwarder.java", """
                import redis.clients.jedis.JedisCluster;
                import java.util.List;

                class Forwarder {
                    void delete(JedisCluster redis, String... keys) {
                        redis.del(keys);
                    }

                    void deleteTwo(JedisCluster redis, String first, String second) {
                        redis.del(first, second);
                        redis.del(first, "user:1");
                        redis.del(first + ":a", first + ":b");
                    }

                    void deleteAll(JedisCluster redis, List<String> keys) {
                        redis.del(keys.toArray(new String[0]));
                    }
                }
                """).check();
    }

    @Test
    void branchesGiveAlternatives() {
        RuleTester.of(new CrossSlotRule()).source("Branches.java", """
                import redis.clients.jedis.JedisCluster;

                class Branches {
                    void run(JedisCluster redis, boolean premium) {
                        String key = "{user:1}:tier";
                        if (premium) {
                            key = "vip:1";
                        }
                        // expect: CrossSlot WARNING: may hash to different slots, depending on the branch taken
                        redis.mget(key, "{user:1}:name");
                        // expect: CrossSlot ERROR: ("a" | "b") (slot 15495 or 3300) and "c"
                        redis.mget(premium ? "a" : "b", "c");
                        String fixed = "x";
                        fixed = "{user:1}:x";
                        redis.mget(fixed, "{user:1}:name");
                    }
                }
                """).check();
    }

    @Test
    void byteArrayKeysHashTheirBytes() {
        RuleTester.of(new CrossSlotRule()).source("Binary.java", """
                import java.nio.charset.StandardCharsets;
                import redis.clients.jedis.JedisCluster;
                import redis.clients.jedis.util.SafeEncoder;

                class Binary {
                    void run(JedisCluster redis) {
                        // expect: CrossSlot ERROR: DEL keys "a" (slot 15495) and "b" (slot 3300)
                        redis.del("a".getBytes(StandardCharsets.UTF_8), SafeEncoder.encode("b"));
                        redis.del("{t}a".getBytes(), "{t}b".getBytes());
                    }
                }
                """).check();
    }

    @Test
    void unknownPartsAssumptionIsASetting() {
        String source = """
                import redis.clients.jedis.JedisCluster;

                class Tags {
                    void run(JedisCluster redis, String id) {
                        // expect: CrossSlot ERROR: hash to different slots
                        redis.mget("x:" + id + "{a}", "y:" + id + "{b}");
                        redis.mget("{" + id + "}:a", "{" + id + "}:b");
                    }
                }
                """;
        RuleTester.of(new CrossSlotRule()).source("Tags.java", source).check();
        RuleTester.of(new CrossSlotRule())
                .settings(s -> s.withUnknownParts(dev.slotlint.key.UnknownParts.ANY))
                .source("Tags.java", source.replace("        // expect: CrossSlot ERROR: hash to different slots\n", ""))
                .check();
    }

    @Test
    void eachCollectionABranchLeavesIsJudgedOnItsOwnAndTheCallReportedOnce() {
        RuleTester.of(new CrossSlotRule()).source("Carts.java", """
                import java.util.*;
                import redis.clients.jedis.JedisCluster;

                abstract class Carts {
                    private JedisCluster cluster;

                    abstract List<String> owners();

                    private Collection<String> keys(String owner) {
                        Collection<String> keys = Collections.emptyList();
                        if (owner != null) {
                            keys = List.of("{cart:" + owner + "}:items", "{cart:" + owner + "}:total");
                        } else {
                            keys = List.of("carts:count", "carts:index");
                        }
                        return keys;
                    }

                    void clear(String owner, boolean all) {
                        // expect: CrossSlot ERROR: DEL keys "carts:count" (slot 2635) and "carts:index" (slot 4980) hash to different slots
                        cluster.del(keys(owner).toArray(new String[0]));
                        List<String> tagged = all ? List.of("{c}:1", "{c}:2") : List.of("{c}:3");
                        cluster.del(tagged.toArray(new String[0]));
                        // expect: CrossSlot ERROR: DEL keys "a:1" (slot 8311) and "b:1" (slot 14631)
                        cluster.del((all ? List.of("a:1", "b:1") : List.of("a:2", "b:2")).toArray(new String[0]));
                        Collection<String> many = all ? owners() : List.of("{o}:1");
                        // expect: CrossSlot WARNING: DEL keys "order:" + ‹many[i]› (no hash tag) share no hash tag
                        cluster.del(many.stream().map(o -> "order:" + o).toArray(String[]::new));
                    }
                }
                """).check();
    }

    @Test
    void aNameASubclassGivesItsSuperclassNamesTheKeysItsInheritedMethodsBuild() {
        RuleTester.of(new CrossSlotRule()).source("Repositories.java", """
                import java.util.Collection;
                import redis.clients.jedis.JedisCluster;

                abstract class Repository {
                    private final String name;
                    protected final JedisCluster cluster;

                    Repository(String name, JedisCluster cluster) {
                        this.name = name;
                        this.cluster = cluster;
                    }

                    byte[] rawKey(String key) {
                        return (name + ":" + key).getBytes();
                    }
                }

                class Customers extends Repository {
                    Customers(JedisCluster cluster) {
                        super("customers", cluster);
                    }

                    void remove(Collection<String> ids) {
                        // expect: CrossSlot WARNING: DEL keys "customers:" + ‹ids[i]› (no hash tag) share no hash tag
                        cluster.del(ids.stream().map(this::rawKey).toArray(byte[][]::new));
                    }
                }
                """).check();
    }

    @Test
    void keysJoinedByTheProjectsOwnLoopsAreEvaluatedPartByPart() {
        RuleTester.of(new CrossSlotRule()).source("Keys.java", """
                import java.util.ArrayList;
                import java.util.Arrays;
                import java.util.List;

                final class Keys {
                    static String createKey(String namespace, String... parts) {
                        List<String> list = new ArrayList<>();
                        list.add(namespace);
                        list.addAll(Arrays.asList(parts));
                        StringBuilder key = new StringBuilder();
                        String separator = "";
                        for (String part : list) {
                            key.append(separator).append(part);
                            separator = ":";
                        }
                        return key.toString();
                    }

                    static String joined(String namespace, String... parts) {
                        List<String> list = new ArrayList<>(Arrays.asList(parts));
                        list.add(0, namespace);
                        return String.join(":", list);
                    }
                }
                """).source("Workers.java", """
                import redis.clients.jedis.JedisCluster;

                class Workers {
                    private final JedisCluster cluster;

                    Workers(JedisCluster cluster) {
                        this.cluster = cluster;
                    }

                    void remove(String name) {
                        // expect: CrossSlot WARNING: DEL keys "resque:worker:" + ‹name› (no hash tag) and "resque:stat:failed:" + ‹name› (no hash tag) share no hash tag
                        cluster.del(Keys.createKey("resque", "worker", name), Keys.createKey("resque", "stat", "failed", name));
                        cluster.del(Keys.createKey("{resque}", "worker", name), Keys.createKey("{resque}", "stat", name));
                        // expect: CrossSlot ERROR: DEL keys "resque:worker:1" (slot 10044) and "resque:stat:1" (slot 11915) hash to different slots
                        cluster.del(Keys.joined("resque", "worker", "1"), Keys.joined("resque", "stat", "1"));
                    }
                }
                """).check();
    }
}

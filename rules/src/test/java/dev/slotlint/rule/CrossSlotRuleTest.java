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
                        // expect: CrossSlot ERROR: MSET keys "user:101" (slot 13437) and "user:102" (slot 1054) hash to different slots; give them a shared hash tag such as "{user}:101"
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
}

package dev.slotlint;

import dev.slotlint.client.ClientCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text scan that decides, before parsing, which files may matter. */
class RedisTextTest {

    private final RedisText text = new RedisText(ClientCatalog.standard());

    private Set<String> members(String... lines) {
        return new TreeSet<>(text.clientMembers(String.join("\n", lines)));
    }

    @Test
    void fieldsWithAModifierAreReachableWithTheirLombokGetters() {
        assertEquals(Set.of("cluster", "getCluster", "POOL", "getPOOL", "commands", "getCommands"), members(
                "class Holder {",
                "    private final JedisCluster cluster;",
                "    public static final JedisPool POOL = new JedisPool();",
                "    protected volatile RedisAdvancedClusterCommands<String, String> commands;",
                "}"));
    }

    @Test
    void methodsOfAClientTypeAreReachable() {
        assertEquals(Set.of("cluster", "template"), members(
                "JedisCluster cluster() { return null; }",
                "public StringRedisTemplate template(RedisConnectionFactory factory) {",
                "RedisTemplate<String, Object> none;"));
    }

    @Test
    void recordComponentsOfAClientTypeAreReachable() {
        assertEquals(Set.of("cluster"), members("record Clients(JedisCluster cluster, String name) {}"));
    }

    @Test
    void localsParametersAndLongerNamesAreNot() {
        assertEquals(Set.of(), members(
                "void run(JedisCluster cluster) {",
                "    JedisCluster local = cluster;",
                "    volatile JedisCluster notAModifierFirst;",
                "    private MyJedisCluster other;",
                "    private JedisClusterHolder holder;",
                "}"));
    }

    @Test
    void aFileMayCallRedisWhenItNamesAClientPackage() {
        assertTrue(RedisText.mayCallRedis("import redis.clients.jedis.JedisCluster;"));
        assertTrue(RedisText.mayCallRedis("import org.springframework.data.redis.core.RedisTemplate;"));
        assertFalse(RedisText.mayCallRedis(String.join("\n", List.of("import java.util.List;", "class Redis {}"))));
    }
}

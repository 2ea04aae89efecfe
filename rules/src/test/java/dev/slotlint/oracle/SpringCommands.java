package dev.slotlint.oracle;

import dev.slotlint.client.ClientCatalog;
import dev.slotlint.client.CommandCall;
import dev.slotlint.client.Library;
import dev.slotlint.testing.RedisCluster;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisListCommands.Direction;
import org.springframework.data.redis.connection.RedisStringCommands.BitOperation;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Spring Data Redis' families run for real through a {@link StringRedisTemplate} on the cluster, once on each
 * driver's cluster connection factory, keyed by the Spring method as the catalog names it ({@code
 * ValueOperations.multiGet}; {@code StringRedisTemplate.delete} reads as {@code RedisTemplate.delete}).
 */
final class SpringCommands implements AutoCloseable {

    private static final RedisScript<Long> SCRIPT = RedisScript.of("return 1", Long.class);

    private record Run(Consumer<String> prepare, BiConsumer<StringRedisTemplate, List<String>> call) {
    }

    private final RedisCluster redis;
    private final Map<Library, StringRedisTemplate> templates = new EnumMap<>(Library.class);
    private final List<AutoCloseable> factories = new java.util.ArrayList<>();
    private final Map<String, Run> runs = new HashMap<>();
    private String lastError;

    SpringCommands(RedisCluster redis) {
        this.redis = redis;
        List<String> nodes = redis.ports().stream().map(port -> redis.host() + ":" + port).toList();
        LettuceConnectionFactory lettuce = new LettuceConnectionFactory(new RedisClusterConfiguration(nodes));
        lettuce.afterPropertiesSet();
        JedisConnectionFactory jedis = new JedisConnectionFactory(new RedisClusterConfiguration(nodes));
        jedis.afterPropertiesSet();
        factories.add(lettuce::destroy);
        factories.add(jedis::destroy);
        templates.put(Library.LETTUCE, new StringRedisTemplate(lettuce));
        templates.put(Library.JEDIS, new StringRedisTemplate(jedis));
        register();
    }

    /**
     * The family of a Spring call: the type whose commands the catalog gives the client (its alias target), and
     * the Spring method the keys reach, the last of the via path.
     */
    static String family(CommandCall call) {
        String type = ClientCatalog.standard().canonical(call.client().javaType());
        String method = call.via().get(call.via().size() - 1);
        return type.substring(type.lastIndexOf('.') + 1) + method.substring(method.lastIndexOf('.'));
    }

    boolean knows(String family) {
        return runs.containsKey(family);
    }

    Set<String> families() {
        return new TreeSet<>(runs.keySet());
    }

    String lastError() {
        return lastError;
    }

    /** Runs a family on one driver's template with these keys, on an emptied cluster. */
    Commands.Outcome run(Library driver, String family, List<String> keys) {
        redis.flushAll();
        Run run = runs.get(family);
        keys.forEach(run.prepare());
        lastError = null;
        try {
            run.call().accept(templates.get(driver), keys);
        } catch (RuntimeException e) {
            return refused(e);
        }
        return redis.slots(keys).size() > 1 ? Commands.Outcome.SPLIT : Commands.Outcome.OK;
    }

    /** What a method that the catalog says the driver's cluster connection rejects does: its exception's message. */
    String rejection(Library driver, String method) {
        StringRedisTemplate template = templates.get(driver);
        try {
            switch (method) {
                case "multi" -> template.execute(new SessionCallback<List<Object>>() {
                    @Override
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    public List<Object> execute(RedisOperations operations) {
                        operations.multi();
                        return operations.exec();
                    }
                });
                case "executePipelined" -> template.executePipelined((RedisCallback<Object>) connection -> {
                    connection.stringCommands().get("k".getBytes());
                    return null;
                });
                case "openPipeline" -> template.execute((RedisCallback<Object>) connection -> {
                    connection.openPipeline();
                    connection.closePipeline();
                    return null;
                });
                default -> throw new IllegalArgumentException(method);
            }
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return null;
    }

    private Commands.Outcome refused(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("CROSSSLOT") || message.contains("same slot") || message.contains("same hashslot")) {
                return Commands.Outcome.CROSSSLOT;
            }
        }
        lastError = e.toString();
        return Commands.Outcome.ERROR;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable factory : factories) {
            factory.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ families

    private void family(String name, Function<StringRedisTemplate, Consumer<String>> prepare,
                        BiConsumer<StringRedisTemplate, List<String>> call) {
        runs.put(name, new Run(key -> prepare.apply(templates.get(Library.LETTUCE)).accept(key), call));
    }

    private static Consumer<String> string(StringRedisTemplate t) {
        return key -> t.opsForValue().set(key, "value");
    }

    private static Consumer<String> set(StringRedisTemplate t) {
        return key -> t.opsForSet().add(key, "member", "other");
    }

    private static Consumer<String> zset(StringRedisTemplate t) {
        return key -> t.opsForZSet().add(key, "member", 1);
    }

    private static Consumer<String> list(StringRedisTemplate t) {
        return key -> t.opsForList().rightPushAll(key, "x", "y");
    }

    private static Consumer<String> hll(StringRedisTemplate t) {
        return key -> t.opsForHyperLogLog().add(key, "member");
    }

    private static byte[] bytes(String key) {
        return key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[][] bytes(List<String> keys) {
        return keys.stream().map(SpringCommands::bytes).toArray(byte[][]::new);
    }

    /** Each family's call takes its keys in catalogue order: those of the layout, the bound key first. */
    private void register() {
        family("RedisTemplate.delete", SpringCommands::string, (t, k) -> t.delete(k));
        family("RedisTemplate.unlink", SpringCommands::string, (t, k) -> t.unlink(k));
        family("RedisTemplate.countExistingKeys", SpringCommands::string, (t, k) -> t.countExistingKeys(k));
        family("RedisTemplate.rename", SpringCommands::string, (t, k) -> t.rename(k.get(0), k.get(1)));
        family("RedisTemplate.renameIfAbsent", SpringCommands::string,
                (t, k) -> t.renameIfAbsent(k.get(0), k.get(1)));
        family("RedisTemplate.copy", SpringCommands::string, (t, k) -> t.copy(k.get(0), k.get(1), false));
        family("RedisTemplate.execute", SpringCommands::string, (t, k) -> t.execute(SCRIPT, k));
        family("ValueOperations.multiGet", SpringCommands::string, (t, k) -> t.opsForValue().multiGet(k));
        family("ValueOperations.multiSet", SpringCommands::string,
                (t, k) -> t.opsForValue().multiSet(Map.of(k.get(0), "1", k.get(1), "2")));
        family("ValueOperations.multiSetIfAbsent", t -> key -> { },
                (t, k) -> t.opsForValue().multiSetIfAbsent(Map.of(k.get(0), "1", k.get(1), "2")));
        family("SetOperations.union", SpringCommands::set, (t, k) -> t.opsForSet().union(k.get(0), k.get(1)));
        family("SetOperations.unionAndStore", SpringCommands::set,
                (t, k) -> t.opsForSet().unionAndStore(k.get(0), k.get(1), k.get(2)));
        family("SetOperations.intersect", SpringCommands::set,
                (t, k) -> t.opsForSet().intersect(k.get(0), k.get(1)));
        family("SetOperations.intersectAndStore", SpringCommands::set,
                (t, k) -> t.opsForSet().intersectAndStore(k.get(0), k.get(1), k.get(2)));
        family("SetOperations.difference", SpringCommands::set,
                (t, k) -> t.opsForSet().difference(k.get(0), k.get(1)));
        family("SetOperations.differenceAndStore", SpringCommands::set,
                (t, k) -> t.opsForSet().differenceAndStore(k.get(0), k.get(1), k.get(2)));
        family("SetOperations.move", SpringCommands::set, (t, k) -> t.opsForSet().move(k.get(0), "member", k.get(1)));
        family("ZSetOperations.union", SpringCommands::zset,
                (t, k) -> t.opsForZSet().union(k.get(0), k.subList(1, k.size())));
        family("ZSetOperations.unionWithScores", SpringCommands::zset,
                (t, k) -> t.opsForZSet().unionWithScores(k.get(0), k.subList(1, k.size())));
        family("ZSetOperations.unionAndStore", SpringCommands::zset,
                (t, k) -> t.opsForZSet().unionAndStore(k.get(0), k.get(1), k.get(2)));
        family("ZSetOperations.intersect", SpringCommands::zset,
                (t, k) -> t.opsForZSet().intersect(k.get(0), k.subList(1, k.size())));
        family("ZSetOperations.intersectWithScores", SpringCommands::zset,
                (t, k) -> t.opsForZSet().intersectWithScores(k.get(0), k.subList(1, k.size())));
        family("ZSetOperations.intersectAndStore", SpringCommands::zset,
                (t, k) -> t.opsForZSet().intersectAndStore(k.get(0), k.get(1), k.get(2)));
        family("ZSetOperations.difference", SpringCommands::zset,
                (t, k) -> t.opsForZSet().difference(k.get(0), k.subList(1, k.size())));
        family("ZSetOperations.differenceWithScores", SpringCommands::zset,
                (t, k) -> t.opsForZSet().differenceWithScores(k.get(0), k.subList(1, k.size())));
        family("ZSetOperations.differenceAndStore", SpringCommands::zset,
                (t, k) -> t.opsForZSet().differenceAndStore(k.get(0), k.subList(1, k.size() - 1), k.get(k.size() - 1)));
        family("ZSetOperations.rangeAndStoreByScore", SpringCommands::zset,
                (t, k) -> t.opsForZSet().rangeAndStoreByScore(k.get(0), k.get(1), Range.closed(0.0, 10.0)));
        family("ListOperations.rightPopAndLeftPush", SpringCommands::list,
                (t, k) -> t.opsForList().rightPopAndLeftPush(k.get(0), k.get(1)));
        family("ListOperations.move", SpringCommands::list,
                (t, k) -> t.opsForList().move(k.get(0), Direction.LEFT, k.get(1), Direction.RIGHT));
        family("HyperLogLogOperations.size", SpringCommands::hll,
                (t, k) -> t.opsForHyperLogLog().size(k.toArray(String[]::new)));
        family("HyperLogLogOperations.union", SpringCommands::hll,
                (t, k) -> t.opsForHyperLogLog().union(k.get(0), k.subList(1, k.size()).toArray(String[]::new)));
        family("BoundKeyOperations.rename", SpringCommands::string,
                (t, k) -> t.boundValueOps(k.get(0)).rename(k.get(1)));
        family("BoundSetOperations.union", SpringCommands::set, (t, k) -> t.boundSetOps(k.get(0)).union(k.get(1)));
        family("BoundSetOperations.differenceAndStore", SpringCommands::set,
                (t, k) -> t.boundSetOps(k.get(0)).differenceAndStore(k.get(1), k.get(2)));
        family("BoundZSetOperations.unionAndStore", SpringCommands::zset,
                (t, k) -> t.boundZSetOps(k.get(0)).unionAndStore(k.get(1), k.get(2)));
        family("RedisConnection.del", SpringCommands::string, (t, k) -> connection(t, c -> c.keyCommands().del(bytes(k))));
        family("RedisConnection.rename", SpringCommands::string,
                (t, k) -> connection(t, c -> c.keyCommands().rename(bytes(k.get(0)), bytes(k.get(1)))));
        family("RedisConnection.mGet", SpringCommands::string,
                (t, k) -> connection(t, c -> c.stringCommands().mGet(bytes(k))));
        family("RedisConnection.bitOp", SpringCommands::string, (t, k) -> connection(t, c -> c.stringCommands()
                .bitOp(BitOperation.AND, bytes(k.get(0)), bytes(k.subList(1, k.size())))));
        family("RedisConnection.sUnionStore", SpringCommands::set, (t, k) -> connection(t, c -> c.setCommands()
                .sUnionStore(bytes(k.get(0)), bytes(k.subList(1, k.size())))));
        family("RedisConnection.zUnionStore", SpringCommands::zset, (t, k) -> connection(t, c -> c.zSetCommands()
                .zUnionStore(bytes(k.get(0)), bytes(k.subList(1, k.size())))));
        family("RedisConnection.bLPop", SpringCommands::list,
                (t, k) -> connection(t, c -> c.listCommands().bLPop(1, bytes(k))));
        family("RedisConnection.pfCount", SpringCommands::hll,
                (t, k) -> connection(t, c -> c.hyperLogLogCommands().pfCount(bytes(k))));
    }

    private static void connection(StringRedisTemplate template,
                                   Consumer<org.springframework.data.redis.connection.RedisConnection> action) {
        template.execute((RedisCallback<Object>) connection -> {
            action.accept(connection);
            return null;
        });
    }
}

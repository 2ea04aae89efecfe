package dev.slotlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Redis-heavy service project: packages of services that each call Redis through Jedis' cluster client,
 * Lettuce's cluster API or Spring's template, with keys from constants, helpers, concatenation, String.format and
 * loops, beside ordinary business code. The same seed gives the same project.
 */
final class SyntheticProject {

    /** Services per package. */
    static final int SERVICES_PER_PACKAGE = 50;

    private SyntheticProject() {
    }

    /** Writes {@code files} Java files (services plus one key helper per package) under {@code root}. */
    static void write(Path root, int files) throws IOException {
        int packages = Math.max(1, files / (SERVICES_PER_PACKAGE + 1));
        Path first = root.resolve("com/example/shop0");
        Files.createDirectories(first);
        Files.writeString(first.resolve("RedisConfig.java"), CONFIG, StandardCharsets.UTF_8);
        int written = 1;
        for (int p = 0; p < packages && written < files; p++) {
            Path dir = root.resolve("com/example/shop" + p);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("Keys.java"), keys(p), StandardCharsets.UTF_8);
            written++;
            for (int s = 0; s < SERVICES_PER_PACKAGE && written < files; s++, written++) {
                int n = p * SERVICES_PER_PACKAGE + s;
                String source = switch (n % 3) {
                    case 0 -> jedisService(p, n);
                    case 1 -> lettuceService(p, n);
                    default -> springService(p, n);
                };
                Files.writeString(dir.resolve("Service" + n + ".java"), source, StandardCharsets.UTF_8);
            }
        }
    }

    private static final String CONFIG = """
            package com.example.shop0;

            import java.util.List;
            import java.util.Set;

            import org.springframework.data.redis.connection.RedisClusterConfiguration;
            import redis.clients.jedis.HostAndPort;
            import redis.clients.jedis.JedisCluster;

            /** The shop's Redis Cluster, for Jedis and for Spring. */
            public class RedisConfig {

                public JedisCluster jedis() {
                    return new JedisCluster(Set.of(new HostAndPort("redis-1", 7000), new HostAndPort("redis-2", 7001),
                            new HostAndPort("redis-3", 7002)));
                }

                public RedisClusterConfiguration spring() {
                    return new RedisClusterConfiguration(List.of("redis-1:7000", "redis-2:7001", "redis-3:7002"));
                }
            }
            """;

    private static String keys(int p) {
        return """
                package com.example.shop%1$d;

                /** Key names of the shop%1$d services; a user's keys share the user's hash tag. */
                public final class Keys {

                    public static final String ORDERS = "orders:%1$d";
                    public static final String STOCK = "stock:" + %1$d;
                    static final String SESSION_PREFIX = "session:";

                    private Keys() {
                    }

                    public static String user(String id) {
                        return "{user:" + id + "}:profile";
                    }

                    public static String cart(String id) {
                        return "{user:" + id + "}:cart";
                    }

                    public static String session(String token) {
                        return SESSION_PREFIX + token;
                    }

                    public static String order(long orderId) {
                        return String.format("order:%%d:lines", orderId);
                    }
                }
                """.formatted(p);
    }

    private static String jedisService(int p, int n) {
        return """
                package com.example.shop%1$d;

                import java.util.ArrayList;
                import java.util.List;
                import java.util.Map;

                import redis.clients.jedis.JedisCluster;

                /** Orders of shop %1$d, service %2$d. */
                public class Service%2$d {

                    private static final String PREFIX = "svc%2$d:";
                    private final JedisCluster redis;
                    private final Map<String, Integer> limits;

                    public Service%2$d(JedisCluster redis, Map<String, Integer> limits) {
                        this.redis = redis;
                        this.limits = limits;
                    }

                    public void save(String userId, String profile, String cart) {
                        redis.mset(Keys.user(userId), profile, Keys.cart(userId), cart);
                        redis.del(PREFIX + "draft:" + userId, PREFIX + "preview:" + userId);
                        redis.expire(Keys.session(userId), 3600);
                    }

                    public List<String> load(String userId) {
                        return redis.mget(Keys.user(userId), Keys.cart(userId));
                    }

                    public void restock(List<String> skus) {
                        for (String sku : skus) {
                            redis.incrBy(Keys.STOCK + ":" + sku, limit(sku));
                        }
                        redis.mget(Keys.STOCK + ":a", Keys.ORDERS + ":b");
                    }

                    public long archive(long orderId) {
                        String key = Keys.order(orderId);
                        redis.rename(key, key + ":archived");
                        return redis.exists(key) ? 1 : 0;
                    }

                    private int limit(String sku) {
                        Integer limit = limits.get(sku);
                        if (limit == null) {
                            return sku.length() > 8 ? 10 : 5;
                        }
                        int total = 0;
                        for (int i = 0; i < limit; i++) {
                            total += i %% 3 == 0 ? 2 : 1;
                        }
                        return Math.min(total, 100);
                    }

                    public List<String> report(List<String> lines) {
                        List<String> out = new ArrayList<>();
                        for (String line : lines) {
                            if (line.isBlank()) {
                                continue;
                            }
                            out.add(line.strip().toUpperCase() + " #" + %2$d);
                        }
                        out.sort(String::compareTo);
                        return out;
                    }
                }
                """.formatted(p, n);
    }

    private static String lettuceService(int p, int n) {
        return """
                package com.example.shop%1$d;

                import java.util.List;
                import java.util.Map;
                import java.util.stream.Collectors;

                import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;

                /** Carts of shop %1$d, service %2$d. */
                public class Service%2$d {

                    private final RedisAdvancedClusterCommands<String, String> commands;

                    public Service%2$d(RedisAdvancedClusterCommands<String, String> commands) {
                        this.commands = commands;
                    }

                    public void merge(String guest, String member) {
                        commands.sunionstore(Keys.cart(member), Keys.cart(guest), Keys.cart(member));
                        commands.del("cart:" + guest, "cart:" + member);
                        commands.mset(Map.of(Keys.user(member), "1", Keys.cart(member), "2"));
                    }

                    public List<String> tags(List<String> ids) {
                        String[] keys = ids.stream().map(id -> "tags:" + id).toArray(String[]::new);
                        return commands.mget(keys).stream().map(v -> v.getValueOrElse("")).collect(Collectors.toList());
                    }

                    public long count(String day) {
                        return commands.pfcount("visits:" + day + ":web", "visits:" + day + ":app");
                    }

                    public String describe(int level) {
                        StringBuilder text = new StringBuilder();
                        switch (level) {
                            case 0 -> text.append("none");
                            case 1 -> text.append("low");
                            default -> {
                                for (int i = 0; i < level; i++) {
                                    text.append(i).append(',');
                                }
                            }
                        }
                        return text + "@" + %2$d;
                    }
                }
                """.formatted(p, n);
    }

    private static String springService(int p, int n) {
        return """
                package com.example.shop%1$d;

                import java.util.List;
                import java.util.Map;

                import org.springframework.data.redis.core.StringRedisTemplate;

                /** Rankings of shop %1$d, service %2$d. */
                public class Service%2$d {

                    private final StringRedisTemplate template;

                    public Service%2$d(StringRedisTemplate template) {
                        this.template = template;
                    }

                    public void rank(String board) {
                        template.opsForZSet().unionAndStore("rank:" + board, List.of("rank:all"), "rank:merged:" + board);
                        template.opsForValue().multiSet(Map.of(Keys.user(board), "a", Keys.cart(board), "b"));
                        template.opsForValue().multiGet(List.of(Keys.ORDERS, Keys.STOCK));
                    }

                    public void rotate(String oldToken, String newToken) {
                        template.rename(Keys.session(oldToken), Keys.session(newToken));
                    }

                    public double score(List<Double> values) {
                        double sum = 0;
                        for (double value : values) {
                            sum += value > 0 ? Math.log1p(value) : 0;
                        }
                        return values.isEmpty() ? 0 : sum / values.size() + %2$d * 0.0;
                    }
                }
                """.formatted(p, n);
    }
}

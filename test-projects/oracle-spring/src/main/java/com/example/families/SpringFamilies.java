package com.example.families;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisListCommands.Direction;
import org.springframework.data.redis.connection.RedisStringCommands.BitOperation;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Spring Data Redis' multi-key families, on keys a and b (and d, where a command stores). */
public final class SpringFamilies {

    private static final RedisScript<Long> SCRIPT = RedisScript.of("return 1", Long.class);

    private SpringFamilies() {
    }

    public static void templates(StringRedisTemplate t, String a, String b, String d) {
        t.delete(List.of(a, b));
        t.unlink(List.of(a, b));
        t.countExistingKeys(List.of(a, b));
        t.rename(a, b);
        t.renameIfAbsent(a, b);
        t.copy(a, b, false);
        t.execute(SCRIPT, List.of(a, b));
        t.opsForValue().multiGet(List.of(a, b));
        t.opsForValue().multiSet(Map.of(a, "1", b, "2"));
        t.opsForValue().multiSetIfAbsent(Map.of(a, "1", b, "2"));
        t.opsForSet().union(a, b);
        t.opsForSet().unionAndStore(a, b, d);
        t.opsForSet().intersect(a, b);
        t.opsForSet().intersectAndStore(a, b, d);
        t.opsForSet().difference(a, b);
        t.opsForSet().differenceAndStore(a, b, d);
        t.opsForSet().move(a, "member", b);
        t.opsForZSet().union(a, List.of(b));
        t.opsForZSet().unionWithScores(a, List.of(b));
        t.opsForZSet().unionAndStore(a, b, d);
        t.opsForZSet().intersect(a, List.of(b));
        t.opsForZSet().intersectWithScores(a, List.of(b));
        t.opsForZSet().intersectAndStore(a, b, d);
        t.opsForZSet().difference(a, List.of(b));
        t.opsForZSet().differenceWithScores(a, List.of(b));
        t.opsForZSet().differenceAndStore(a, List.of(b), d);
        t.opsForZSet().rangeAndStoreByScore(a, d, Range.closed(0.0, 10.0));
        t.opsForList().rightPopAndLeftPush(a, b);
        t.opsForList().move(a, Direction.LEFT, b, Direction.RIGHT);
        t.opsForHyperLogLog().size(a, b);
        t.opsForHyperLogLog().union(d, a, b);
    }

    public static void bound(StringRedisTemplate t, String a, String b, String d) {
        t.boundValueOps(a).rename(b);
        t.boundSetOps(a).union(b);
        t.boundSetOps(a).differenceAndStore(b, d);
        t.boundZSetOps(a).unionAndStore(b, d);
    }

    public static void connection(StringRedisTemplate t, String a, String b, String d) {
        t.execute((RedisCallback<Object>) c -> {
            c.keyCommands().del(a.getBytes(), b.getBytes());
            c.keyCommands().rename(a.getBytes(), b.getBytes());
            c.stringCommands().mGet(a.getBytes(), b.getBytes());
            c.stringCommands().bitOp(BitOperation.AND, d.getBytes(), a.getBytes(), b.getBytes());
            c.setCommands().sUnionStore(d.getBytes(), a.getBytes(), b.getBytes());
            c.zSetCommands().zUnionStore(d.getBytes(), a.getBytes(), b.getBytes());
            c.listCommands().bLPop(1, a.getBytes(), b.getBytes());
            c.hyperLogLogCommands().pfCount(a.getBytes(), b.getBytes());
            return null;
        });
    }

    /** Refused by both drivers' cluster connections whatever the keys. */
    public static List<Object> transaction(StringRedisTemplate t) {
        return t.execute(new SessionCallback<List<Object>>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public List<Object> execute(RedisOperations operations) {
                operations.multi();
                operations.opsForValue().set("{f}a", "1");
                return operations.exec();
            }
        });
    }

    /** Refused by Jedis' cluster connection; Lettuce's pipelines. */
    public static List<Object> pipeline(StringRedisTemplate t) {
        return t.executePipelined((RedisCallback<Object>) c -> {
            c.stringCommands().get("{f}a".getBytes());
            return null;
        });
    }
}

package dev.slotlint.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where Redis commands take their keys among their arguments (the first key, the last, the step), as Redis' own
 * command table says; only commands listed here are read, so an unknown command never makes a key up.
 */
final class RedisKeySpecs {

    /** first, last (negative: counted from the end, -1 the last argument), step; arguments counted from 1. */
    private record Spec(int first, int last, int step) {
    }

    private static final Map<String, Spec> SPECS = new HashMap<>();

    static {
        for (String command : ("GET SET SETNX SETEX PSETEX GETSET GETDEL GETEX APPEND STRLEN INCR INCRBY INCRBYFLOAT"
                + " DECR DECRBY SETRANGE GETRANGE EXPIRE PEXPIRE EXPIREAT PEXPIREAT TTL PTTL PERSIST TYPE HGET HSET"
                + " HSETNX HMSET HMGET HDEL HINCRBY HINCRBYFLOAT HGETALL HKEYS HVALS HLEN HEXISTS LPUSH RPUSH LPUSHX"
                + " RPUSHX LPOP RPOP LRANGE LLEN LINDEX LSET LREM LTRIM LINSERT SADD SREM SISMEMBER SMISMEMBER"
                + " SMEMBERS SCARD SPOP SRANDMEMBER ZADD ZREM ZSCORE ZINCRBY ZRANGE ZRANGEBYSCORE ZREVRANGE"
                + " ZREVRANGEBYSCORE ZCARD ZCOUNT ZRANK ZREVRANK ZREMRANGEBYSCORE ZREMRANGEBYRANK ZPOPMIN ZPOPMAX"
                + " XADD XLEN XRANGE XREVRANGE XDEL XTRIM XACK XCLAIM XAUTOCLAIM XPENDING PFADD GEOADD GEOPOS GEODIST"
                + " SETBIT GETBIT BITCOUNT BITPOS").split(" ")) {
            SPECS.put(command, new Spec(1, 1, 1));
        }
        for (String command : "DEL UNLINK EXISTS TOUCH MGET SUNION SINTER SDIFF PFCOUNT WATCH".split(" ")) {
            SPECS.put(command, new Spec(1, -1, 1));
        }
        SPECS.put("MSET", new Spec(1, -1, 2));
        SPECS.put("MSETNX", new Spec(1, -1, 2));
        for (String command : "RENAME RENAMENX RPOPLPUSH SMOVE LMOVE COPY".split(" ")) {
            SPECS.put(command, new Spec(1, 2, 1));
        }
        for (String command : "SUNIONSTORE SINTERSTORE SDIFFSTORE PFMERGE".split(" ")) {
            SPECS.put(command, new Spec(1, -1, 1));
        }
    }

    private RedisKeySpecs() {
    }

    /** The 1-based argument positions (after the command name) holding keys, for a call with this many arguments. */
    static List<Integer> keyPositions(String command, int arguments) {
        Spec spec = SPECS.get(command);
        List<Integer> positions = new ArrayList<>();
        if (spec == null) {
            return positions;
        }
        int last = spec.last() < 0 ? arguments + 1 + spec.last() : Math.min(spec.last(), arguments);
        for (int position = spec.first(); position <= last; position += spec.step()) {
            positions.add(position);
        }
        return positions;
    }
}

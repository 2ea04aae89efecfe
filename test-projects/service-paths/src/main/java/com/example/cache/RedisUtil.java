package com.example.cache;

import redis.clients.jedis.JedisCluster;

/** Static helpers some older code uses. */
public final class RedisUtil {

    private static JedisCluster cluster;

    private RedisUtil() {
    }

    public static void init(JedisCluster shared) {
        cluster = shared;
    }

    public static void mset(String... keysAndValues) {
        cluster.mset(keysAndValues);
    }

    public static void move(String from, String to) {
        cluster.rename(from, to);
    }
}

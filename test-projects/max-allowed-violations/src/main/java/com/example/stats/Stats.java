package com.example.stats;

import java.util.List;

import redis.clients.jedis.JedisCluster;

/** Three cross-slot calls the team has not fixed yet. */
public class Stats {

    private final JedisCluster redis;

    public Stats(JedisCluster redis) {
        this.redis = redis;
    }

    public List<String> today() {
        return redis.mget("stats:visits", "stats:orders");
    }

    public void reset() {
        redis.del("stats:visits", "stats:orders", "stats:revenue");
    }

    public void seed() {
        redis.mset("stats:visits", "0", "stats:revenue", "0");
    }
}

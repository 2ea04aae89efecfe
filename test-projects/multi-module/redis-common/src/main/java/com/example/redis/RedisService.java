package com.example.redis;

import redis.clients.jedis.JedisCluster;

import java.util.List;

/** The services' one way to Redis. */
public class RedisService {

    private final JedisCluster cluster;

    public RedisService(JedisCluster cluster) {
        this.cluster = cluster;
    }

    public List<String> getAll(String... keys) {
        return cluster.mget(keys);
    }

    public void clearCaches() {
        cluster.del("cache:a", "cache:b");
    }
}

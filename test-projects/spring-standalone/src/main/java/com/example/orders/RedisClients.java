package com.example.orders;

import io.lettuce.core.RedisClient;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/** Redis clients made by hand next to Spring Boot's configuration. */
public class RedisClients {

    private static final String CACHE_HOST = "redis-1";

    public Jedis direct() {
        return new Jedis(CACHE_HOST, 7000);
    }

    public JedisPool pool() {
        return new JedisPool("cache.internal", 6379);
    }

    public RedisClient lettuce() {
        return RedisClient.create("redis://redis-2:7001");
    }

    public void select(Jedis jedis) {
        jedis.select(1);
    }
}

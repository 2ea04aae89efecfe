package com.example.modes;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/** For a single Redis server. */
public class SingleRedisManager implements RedisManager {

    private final JedisPool pool = new JedisPool("localhost", 6379);

    @Override
    public byte[] get(byte[] key) {
        try (Jedis jedis = pool.getResource()) {
            return jedis.get(key);
        }
    }
}

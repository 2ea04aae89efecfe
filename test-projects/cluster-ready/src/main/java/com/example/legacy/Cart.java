package com.example.legacy;

import java.util.List;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

public class Cart {

    private final JedisPool pool = new JedisPool("cache.internal", 6379);

    public List<String> lines(String cartId) {
        try (Jedis jedis = pool.getResource()) {
            return jedis.mget("cart:" + cartId + ":lines", "cart:" + cartId + ":total");
        }
    }

    public void clear() {
        try (Jedis jedis = pool.getResource()) {
            jedis.del("cart:1", "cart:2");
        }
    }
}

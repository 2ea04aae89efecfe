package com.example.shop;

import redis.clients.jedis.JedisCluster;

/** Carts in a Redis Cluster, every multi-key call hash-tagged. */
public class Cart {

    private final JedisCluster redis;

    public Cart(JedisCluster redis) {
        this.redis = redis;
    }

    public void save() {
        redis.mset("{user:101}:name", "Ada", "{user:101}:email", "ada@example.com");
    }
}

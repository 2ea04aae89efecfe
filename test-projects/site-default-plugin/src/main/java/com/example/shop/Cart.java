package com.example.shop;

import redis.clients.jedis.JedisCluster;

/** Carts in a Redis Cluster. */
public class Cart {

    private final JedisCluster redis;

    public Cart(JedisCluster redis) {
        this.redis = redis;
    }

    public void seed() {
        redis.mset("user:101", "Ada", "user:102", "Grace");
    }

    public void save() {
        redis.mset("{user:101}:name", "Ada", "{user:101}:email", "ada@example.com");
    }
}

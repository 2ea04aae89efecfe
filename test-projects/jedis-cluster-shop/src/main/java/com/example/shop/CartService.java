package com.example.shop;

import java.util.List;

import redis.clients.jedis.JedisCluster;

/** Keeps carts and user profiles in a Redis Cluster. */
public class CartService {

    private final JedisCluster redis;

    public CartService(JedisCluster redis) {
        this.redis = redis;
    }

    /** Fails with CROSSSLOT: the two users live in different slots. */
    public void seedDemoUsers() {
        redis.mset("user:101", "Ada", "user:102", "Grace");
    }

    /** Fine: both keys carry the hash tag {user:101}. */
    public void saveProfile() {
        redis.mset("{user:101}:name", "Ada", "{user:101}:email", "ada@example.com");
    }

    /** Fails: three unrelated keys. */
    public List<String> dashboard() {
        return redis.mget("stats:visits", "stats:orders", "stats:revenue");
    }

    /** Fine: one key is never cross-slot. */
    public void forgetCart() {
        redis.del("cart:101");
    }

    /** Fails: the profile and its settings are tagged with different users. */
    public void clearUser() {
        redis.del("{user:101}:profile", "{user:102}:settings");
    }

    /** Fine: all in the {cart:101} slot. */
    public List<String> cartLines() {
        return redis.mget("{cart:101}:line:1", "{cart:101}:line:2", "{cart:101}:total");
    }
}

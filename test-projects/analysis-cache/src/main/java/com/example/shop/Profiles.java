package com.example.shop;

import redis.clients.jedis.JedisCluster;

/** Saves user profiles in a Redis Cluster. */
public class Profiles {

    private final JedisCluster redis;

    public Profiles(JedisCluster redis) {
        this.redis = redis;
    }

    /** Fails with CROSSSLOT until the keys share a hash tag. */
    public void save(String name, String email) {
        redis.mset(Keys.NAME, name, Keys.EMAIL, email);
    }

    /** Fails: two users in different slots. */
    public void forget() {
        redis.del("user:101", "user:102");
    }
}

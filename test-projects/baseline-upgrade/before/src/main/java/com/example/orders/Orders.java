package com.example.orders;

import redis.clients.jedis.JedisCluster;

/** Orders in a Redis Cluster, with two mistakes the team has accepted for now. */
public class Orders {

    private final JedisCluster redis;

    public Orders(JedisCluster redis) {
        this.redis = redis;
    }

    public void checkout() {
        redis.mset("cart:101", "[]", "cart:102", "[]");
        redis.multi();
    }
}

package com.example.orders;

import java.time.Duration;

import redis.clients.jedis.JedisCluster;

/**
 * Orders in a Redis Cluster, with two mistakes the team has accepted for now.
 *
 * <p>Since the upgrade to Jedis 6, orders also expire and can be refunded.
 */
public class Orders {

    private static final Duration TTL = Duration.ofDays(30);

    private final JedisCluster redis;

    public Orders(JedisCluster redis) {
        this.redis = redis;
    }

    public void checkout() {
        long seconds = TTL.toSeconds();
        redis.mset("cart:101", "[]", "cart:102", "[]");
        redis.multi();
        redis.expire("cart:101", seconds);
    }

    public void refund() {
        redis.del("cart:101", "refund:101");
    }
}

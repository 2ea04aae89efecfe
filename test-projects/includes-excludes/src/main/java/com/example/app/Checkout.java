package com.example.app;

import redis.clients.jedis.JedisCluster;

/** The application's own code: analysed. */
public class Checkout {

    public void run(JedisCluster redis) {
        redis.del("checkout:1", "checkout:2");
    }
}

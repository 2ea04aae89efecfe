package com.example.hostile;

import redis.clients.jedis.JedisCluster;

final class Pong {

    static final String KEY = Ping.KEY + ":pong";

    void run(JedisCluster cluster) {
        cluster.mset(Ping.KEY, "a", "stock:1", "b");
    }
}

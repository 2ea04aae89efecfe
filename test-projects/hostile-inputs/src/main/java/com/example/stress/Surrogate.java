package com.example.stress;

import redis.clients.jedis.JedisCluster;

/** Keys that no UTF-8 report or XML baseline can hold as they are. */
class Surrogate {

    void run(JedisCluster cluster) {
        cluster.mset("\uD800:a", "1", "b", "2");
        cluster.mset("\uFFFF:a", "1", "\u001b[31m", "2");
    }
}

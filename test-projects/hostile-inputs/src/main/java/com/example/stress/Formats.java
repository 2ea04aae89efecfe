package com.example.stress;

import redis.clients.jedis.JedisCluster;

/** Keys no Redis could hold: each is a warning at its line, and the healthy call after them still a finding. */
class Formats {

    void run(JedisCluster cluster) {
        cluster.mset(String.format("%99999999999$s", "x"), "a", "b", "c");
        cluster.mset(String.format("%2147483647s", "x"), "a", "b", "c");
        cluster.mset(String.format("%.999999999f", 1.0), "a", "b", "c");
        cluster.mset("ab".repeat(2147483647), "a", "b", "c");
        cluster.mset("k".repeat(400_000_000), "a", "b", "c");
        cluster.mset("user:1", "a", "user:2", "b");
    }
}

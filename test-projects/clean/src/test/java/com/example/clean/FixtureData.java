package com.example.clean;

import redis.clients.jedis.JedisCluster;

/** Test-only code; analysed only with includeTests. */
class FixtureData {

    void load(JedisCluster cluster) {
        cluster.mset("fixture:a", "1", "fixture:b", "2");
    }
}

package com.example.hostile;

import redis.clients.jedis.JedisCluster;

class Unfinished {
    void run(JedisCluster cluster) {
        cluster.mset("draft:1", "a", "draft:2", "b"
    }
}

package com.example.stress;

import redis.clients.jedis.JedisCluster;

/** What javac reads here is not what the text shows. */
class Escapes {

    void run(JedisCluster cluster) {
        // a comment \u000a cluster.mset("hidden:1", "a", "hidden:2", "b");
        cluster.\u006dset("escaped:1", "a", "escaped:2", "b");
    }
}

package com.example.legacy;

import redis.clients.jedis.JedisCluster;

public class Sessions {

    public void expireAll(JedisCluster cluster) {
        cluster.del("session:ada", "session:grace");
    }
}

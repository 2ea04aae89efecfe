package com.example.thirdparty;

import redis.clients.jedis.JedisCluster;

/** Under an exclude root. */
public class Sdk {

    public void run(JedisCluster redis) {
        redis.del("sdk:1", "sdk:2");
    }
}

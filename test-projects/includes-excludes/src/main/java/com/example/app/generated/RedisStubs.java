package com.example.app.generated;

import redis.clients.jedis.JedisCluster;

/** Generated code: excluded by the pattern for generated directories. */
public class RedisStubs {

    public void run(JedisCluster redis) {
        redis.del("stub:1", "stub:2");
    }
}

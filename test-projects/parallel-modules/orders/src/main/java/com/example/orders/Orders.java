package com.example.orders;

import redis.clients.jedis.JedisCluster;

public class Orders {

    public void archive(JedisCluster redis) {
        redis.rename("order:1", "archive:1");
    }
}

package com.example.billing;

import redis.clients.jedis.JedisCluster;

public class Invoices {

    public void clear(JedisCluster redis) {
        redis.del("invoice:1", "invoice:2");
    }

    public void touch(JedisCluster redis) {
        redis.touch("{invoice:1}:pdf", "{invoice:1}:meta");
    }
}

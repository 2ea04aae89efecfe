package com.example.orders;

import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;

public class Seeds {

    public JedisCluster connect() {
        return new JedisCluster(new HostAndPort("localhost", 7000));
    }
}

package com.example.modes;

import java.util.Set;

import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;

/** For a Redis Cluster. */
public class ClusterRedisManager implements RedisManager {

    private final JedisCluster cluster = new JedisCluster(Set.of(new HostAndPort("redis-1", 7000),
            new HostAndPort("redis-2", 7001), new HostAndPort("redis-3", 7002)));

    @Override
    public byte[] get(byte[] key) {
        return cluster.get(key);
    }
}

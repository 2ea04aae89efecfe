package com.example.cache;

import java.util.List;

import redis.clients.jedis.JedisCluster;

public class RedisServiceImpl implements RedisService {

    private final JedisCluster cluster;

    public RedisServiceImpl(JedisCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public List<String> getAll(String... keys) {
        return cluster.mget(keys);
    }

    @Override
    public void deleteAll(List<String> keys) {
        cluster.del(keys.toArray(new String[0]));
    }

    @Override
    public Object runScript(String script, List<String> keys, List<String> args) {
        return cluster.eval(script, keys, args);
    }
}

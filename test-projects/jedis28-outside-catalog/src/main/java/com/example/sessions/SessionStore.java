package com.example.sessions;

import java.util.Set;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;

public class SessionStore {

    private final JedisCluster cluster = new JedisCluster(Set.of(new HostAndPort("redis-1", 7000),
            new HostAndPort("redis-2", 7001), new HostAndPort("redis-3", 7002)));

    public void expireAll() {
        cluster.del("session:1", "session:2");
    }

    public void expire(String id) {
        cluster.del("{session:" + id + "}", "{session:" + id + "}:attributes");
    }
}

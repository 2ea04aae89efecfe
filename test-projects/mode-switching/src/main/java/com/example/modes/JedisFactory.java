package com.example.modes;

import java.util.Set;

import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.JedisPool;

/** Standalone or cluster, as the user's setting says. */
public class JedisFactory {

    private final boolean clusterMode;
    private JedisCluster cluster;
    private JedisPool pool;

    public JedisFactory(boolean clusterMode) {
        this.clusterMode = clusterMode;
    }

    public void start(String host, int port, Set<HostAndPort> nodes) {
        if (clusterMode) {
            cluster = new JedisCluster(nodes);
        } else {
            pool = new JedisPool(host, port);
        }
    }

    public void resetCounters() {
        if (clusterMode) {
            cluster.del("counter:orders", "counter:users");
            cluster.del("{counter}:orders", "{counter}:users");
        } else {
            pool.getResource().del("counter:orders", "counter:users");
        }
    }
}

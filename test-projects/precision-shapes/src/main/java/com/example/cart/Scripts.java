package com.example.cart;

import java.util.List;

import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/** Runs a script by its SHA, loading it when the server does not know it yet. */
public class Scripts {

    private final JedisCluster cluster;

    public Scripts(JedisCluster cluster) {
        this.cluster = cluster;
    }

    public Object run(String sha, String script, List<String> keys) {
        try {
            return cluster.evalsha(sha, keys, List.of());
        } catch (JedisNoScriptException e) {
            return cluster.eval(script, keys, List.of());
        }
    }
}

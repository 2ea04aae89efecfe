package com.example.shop;

import java.util.Set;

import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;

public class Main {

    public static void main(String[] args) {
        Set<HostAndPort> seeds = Set.of(
                new HostAndPort("redis-1", 7000),
                new HostAndPort("redis-2", 7001),
                new HostAndPort("redis-3", 7002));
        try (JedisCluster cluster = new JedisCluster(seeds)) {
            CartService carts = new CartService(cluster);
            carts.saveProfile();
            cluster.del("session:ada", "session:grace");
        }
    }
}

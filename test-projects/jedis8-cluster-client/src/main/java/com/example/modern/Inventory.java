package com.example.modern;

import java.util.List;
import java.util.Set;

import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.RedisClusterClient;

public class Inventory {

    private final RedisClusterClient client = RedisClusterClient.builder()
            .nodes(Set.of(new HostAndPort("redis-1", 7000), new HostAndPort("redis-2", 7001),
                    new HostAndPort("redis-3", 7002)))
            .build();

    /** Works on Jedis 8: split by slot, not atomic. */
    public List<String> counts() {
        return client.mget("stock:apples", "stock:pears");
    }

    /** Works, but a reader can see one key written and not the other. */
    public void restock() {
        client.mset("stock:apples", "10", "stock:pears", "5");
    }

    /** One slot: one atomic command, nothing to report. */
    public void restockTagged() {
        client.mset("{stock}:apples", "10", "{stock}:pears", "5");
    }

    /** Not split: Jedis 8 refuses it. */
    public void merge() {
        client.sunionstore("stock:all", "stock:apples", "stock:pears");
    }

    public void legacy(JedisCluster cluster) {
        cluster.keys("stock:*");
        cluster.mget("stock:apples", "stock:pears");
    }
}

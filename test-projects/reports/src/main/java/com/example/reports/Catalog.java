package com.example.reports;

import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;

public class Catalog {

    private final JedisCluster redis = new JedisCluster(java.util.Set.of(new HostAndPort("redis-1", 7000),
            new HostAndPort("redis-2", 7001), new HostAndPort("redis-3", 7002)));

    /** Accepted in slotlint-baseline.xml: an old bug the team tracks elsewhere. */
    public void legacy() {
        redis.del("legacy:a", "legacy:b");
    }

    @SuppressWarnings("slotlint:CrossSlot")
    public void migration() {
        redis.del("old:a", "old:b");
    }

    public void cleanup() {
        redis.del("tmp:a", "tmp:b"); // slotlint:ignore CrossSlot
    }

    /** New: fails the build. */
    public void prices(String sku) {
        redis.mget("price:" + sku, "<script>alert(1)</script>");
        redis.mset("price:a", "1", "price:b", "2");
    }
}

package com.example.vendor;

import redis.clients.jedis.JedisCluster;

/** Vendored: excluded by slotlint-excludes.txt. */
public class LegacyCache {

    public void run(JedisCluster redis) {
        redis.del("legacy:1", "legacy:2");
    }
}

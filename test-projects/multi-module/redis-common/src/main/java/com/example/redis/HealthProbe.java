package com.example.redis;

import redis.clients.jedis.Jedis;

/** Reads a marker key from the first node, for the services' health endpoints. */
public class HealthProbe {

    public boolean up() {
        try (Jedis jedis = new Jedis("redis-1", 7000)) {
            return jedis.get("health:marker") != null;
        }
    }
}

package com.example.modes;

import redis.clients.jedis.Jedis;

/** Reads the last heartbeat, whatever the mode: a standalone client where a cluster may be running. */
public class HealthCheck {

    public String lastHeartbeat() {
        try (Jedis jedis = new Jedis("localhost", 6379)) {
            return jedis.get("health:heartbeat");
        }
    }
}

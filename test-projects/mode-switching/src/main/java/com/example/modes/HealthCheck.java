package com.example.modes;

import redis.clients.jedis.Jedis;

/** Pings the server, whatever the mode: a standalone client where a cluster may be running. */
public class HealthCheck {

    public String ping() {
        try (Jedis jedis = new Jedis("localhost", 6379)) {
            return jedis.ping();
        }
    }
}

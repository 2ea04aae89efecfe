package com.example.jobs;

import redis.clients.jedis.JedisPooled;

/** The one client of the service, held for every class that needs it. */
public final class Redis {

    public static final JedisPooled CLIENT = new JedisPooled("localhost", 6379);

    private Redis() {
    }
}

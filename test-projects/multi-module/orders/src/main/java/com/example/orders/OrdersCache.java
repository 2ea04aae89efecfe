package com.example.orders;

import redis.clients.jedis.Jedis;

class OrdersCache {

    String last() {
        try (Jedis jedis = new Jedis("redis-2", 7001)) {
            return jedis.get("orders:last");
        }
    }
}

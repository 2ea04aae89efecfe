package com.example.orders;

import com.example.redis.HealthProbe;

class OrdersHealth {

    private final HealthProbe probe = new HealthProbe();

    boolean up() {
        return probe.up();
    }
}

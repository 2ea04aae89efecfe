package com.example.billing;

import com.example.redis.HealthProbe;

class BillingHealth {

    private final HealthProbe probe = new HealthProbe();

    boolean up() {
        return probe.up();
    }
}

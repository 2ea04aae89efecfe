package com.example.redis;

/** The key families the services share. */
public final class RedisKeys {

    public static final String ORDERS_TODAY = "orders:today";
    public static final String ORDERS_WEEK = "orders:week";

    private RedisKeys() {
    }

    public static String cart(String userId) {
        return "{cart:" + userId + "}:items";
    }

    public static String cartTotal(String userId) {
        return "{cart:" + userId + "}:total";
    }
}

package com.example.orders;

import com.example.redis.RedisKeys;
import com.example.redis.RedisService;

import java.util.List;

class OrderService {

    private final RedisService redis;

    OrderService(RedisService redis) {
        this.redis = redis;
    }

    List<String> totals() {
        return redis.getAll(RedisKeys.ORDERS_TODAY, RedisKeys.ORDERS_WEEK);
    }

    List<String> cart(String userId) {
        return redis.getAll(RedisKeys.cart(userId), RedisKeys.cartTotal(userId));
    }
}

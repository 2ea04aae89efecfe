package com.example.carts;

import java.util.List;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Checkout: a transaction, the connection API and a pipeline. */
public class CheckoutService {

    private final StringRedisTemplate redis;

    public CheckoutService(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public List<Object> checkout(String userId) {
        return redis.execute(new SessionCallback<List<Object>>() {
            @Override
            @SuppressWarnings("unchecked")
            public List<Object> execute(RedisOperations operations) {
                operations.multi();
                operations.delete(CartKeys.cart(userId));
                operations.opsForValue().increment("orders:count");
                return operations.exec();
            }
        });
    }

    /** Token rotation through the connection API, as session and token stores do it. */
    public void rotate(String oldToken, String newToken) {
        redis.execute((RedisCallback<Object>) connection -> {
            connection.keyCommands().rename(("token:" + oldToken).getBytes(), ("token:" + newToken).getBytes());
            return null;
        });
    }

    /** Lettuce pipelines on a cluster: fine. */
    public List<Object> warmUp(List<String> userIds) {
        return redis.executePipelined((RedisCallback<Object>) connection -> {
            userIds.forEach(id -> connection.stringCommands().get(CartKeys.cart(id).getBytes()));
            return null;
        });
    }
}

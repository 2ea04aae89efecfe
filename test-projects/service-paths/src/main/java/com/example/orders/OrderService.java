package com.example.orders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.example.cache.RedisService;
import com.example.cache.RedisUtil;

public class OrderService {

    private final RedisService redis;

    public OrderService(RedisService redis) {
        this.redis = redis;
    }

    /** ERROR through the interface: two fixed keys in different slots. */
    public List<String> dashboard() {
        return redis.getAll("orders:today", "orders:week");
    }

    /** Silent: every key carries the order's tag. */
    public List<String> order(String orderId) {
        return redis.getAll("{order:" + orderId + "}:lines", "{order:" + orderId + "}:total");
    }

    /** WARNING: one key per customer, no shared tag. */
    public void forgetCustomers(List<String> customerIds) {
        List<String> keys = new ArrayList<>();
        for (String id : customerIds) {
            keys.add("customer:" + id);
        }
        redis.deleteAll(keys);
    }

    /** Silent: the per-line keys share the order tag. */
    public void forgetLines(String orderId, List<String> lineIds) {
        redis.deleteAll(lineIds.stream().map(line -> "{order:" + orderId + "}:line:" + line).toList());
    }

    /** ERROR through the static util. */
    public void seed() {
        RedisUtil.mset("config:a", "1", "config:b", "2");
    }

    /** Silent through the static util. */
    public void archive(String orderId) {
        RedisUtil.move("{order:" + orderId + "}:cart", "{order:" + orderId + "}:archived");
    }

    /** ERROR: the script builds a key the caller did not pass in KEYS. */
    public Object reserve(String orderId, String sku) throws java.io.IOException {
        String script;
        try (var in = getClass().getResourceAsStream("/scripts/reserve.lua")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return redis.runScript(script, List.of("{order:" + orderId + "}:reserved"), List.of(sku));
    }
}

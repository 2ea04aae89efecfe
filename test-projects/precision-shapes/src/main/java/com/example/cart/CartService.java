package com.example.cart;

import redis.clients.jedis.JedisCluster;

public class CartService {

    private final JedisCluster cluster;

    public CartService(JedisCluster cluster) {
        this.cluster = cluster;
    }

    public void touch(String id) {
        cluster.del(CartKeys.meta(id), "audit:carts");
    }

    public void clear(String id) {
        cluster.del(CartKeys.meta(id), CartKeys.coupons(id));
    }

    public void clearOther(String cartId) {
        cluster.del(CartKeys.coupons(cartId), CartKeys.meta(cartId));
    }

    public void archive(String id) {
        cluster.rename(CartKeys.items(id), CartKeys.archived(id));
    }

    public void merge(String from, String into) {
        cluster.rename(CartKeys.items(from), CartKeys.items(into));
    }
}

package com.example.cart;

/** One hash tag per cart, so that a cart's keys share a slot. */
public final class CartKeys {

    private CartKeys() {
    }

    public static String meta(String cartId) {
        return "{cart:" + cartId + "}:meta";
    }

    public static String coupons(String cartId) {
        return "{cart:" + cartId + "}:coupons";
    }

    public static String items(String id) {
        return "{cart:" + id.trim() + "}:items";
    }

    public static String archived(String id) {
        return "{cart:" + id.trim() + "}:items:archived";
    }
}

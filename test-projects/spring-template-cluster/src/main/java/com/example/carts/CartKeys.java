package com.example.carts;

/** Key helpers of the cart service. */
final class CartKeys {

    static final String PREFIX = "cart:";

    private CartKeys() {
    }

    /** One user's cart; the hash tag keeps all of a user's keys in one slot. */
    static String cart(String userId) {
        return "{user:" + userId + "}:cart";
    }

    static String saved(String userId) {
        return "{user:" + userId + "}:saved";
    }
}

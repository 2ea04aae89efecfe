package com.example.cart;

import java.util.List;

public class Stock {

    private static final String MOVE = "return redis.call('RENAME', KEYS[1], KEYS[2])";

    private final Scripts scripts;

    public Stock(Scripts scripts) {
        this.scripts = scripts;
    }

    public Object move() {
        return scripts.run("0c9e6b5b8d8c3e6c2b6e1e3ed0f1a8b5c4d3e2f1", MOVE, List.of("stock:a", "stock:b"));
    }
}

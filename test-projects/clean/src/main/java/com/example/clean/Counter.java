package com.example.clean;

import java.util.HashMap;
import java.util.Map;

/** Has methods named like Redis commands, on a type that is not a Redis client. */
public class Counter {

    private final Map<String, Integer> counts = new HashMap<>();

    public void mset(String... keysAndValues) {
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            counts.put(keysAndValues[i], Integer.valueOf(keysAndValues[i + 1]));
        }
    }

    public void demo() {
        mset("a", "1", "b", "2");
        new Counter().mset("a", "1", "b", "2");
    }
}

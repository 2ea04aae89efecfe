package com.example.hostile;

import java.util.List;

import redis.clients.jedis.JedisCluster;

/** Java 21: sealed types, records, pattern switches, text blocks. */
final class Shapes {

    sealed interface Shape permits Circle, Square {
    }

    record Circle(double radius) implements Shape {
        Circle {
            if (radius < 0) {
                throw new IllegalArgumentException("radius");
            }
        }
    }

    record Square(double side) implements Shape {
    }

    static String key(Shape shape) {
        return switch (shape) {
            case Circle c when c.radius() > 10 -> "shape:big-circle";
            case Circle(double r) -> "shape:circle";
            case Square s -> "shape:square";
        };
    }

    void store(JedisCluster cluster, Object value) {
        if (value instanceof String text && !text.isBlank()) {
            var both = List.of("shape:circle", "shape:square");
            cluster.del("shape:circle", "shape:square");
        }
        cluster.mget("""
                {shape}:a""", "{shape}:b");
    }
}

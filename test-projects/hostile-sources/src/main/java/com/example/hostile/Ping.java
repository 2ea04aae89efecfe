package com.example.hostile;

/** Two constants defined through each other: javac accepts it, and neither value can be known. */
final class Ping {

    static final String KEY = Pong.KEY + ":ping";

    private Ping() {
    }
}

package com.example.modes;

/** What the application's sessions are stored through; the user configures one implementation per mode. */
public interface RedisManager {

    byte[] get(byte[] key);
}

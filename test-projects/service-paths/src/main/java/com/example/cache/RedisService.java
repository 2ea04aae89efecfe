package com.example.cache;

import java.util.List;

/** The application's view of Redis. */
public interface RedisService {

    List<String> getAll(String... keys);

    void deleteAll(List<String> keys);

    Object runScript(String script, List<String> keys, List<String> args);
}

package com.example.lettuce;

import java.util.List;
import java.util.Map;

import io.lettuce.core.KeyValue;
import io.lettuce.core.MSetExArgs;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;

public class Sessions {

    private final StatefulRedisClusterConnection<String, String> connection;

    public Sessions(List<RedisURI> seeds) {
        this.connection = RedisClusterClient.create(seeds).connect();
    }

    public List<KeyValue<String, String>> sync(String userId) {
        RedisAdvancedClusterCommands<String, String> redis = connection.sync();
        redis.msetnx(Map.of("session:" + userId, "1", "seen:" + userId, "1"));
        redis.sunionstore("online", "sessions:eu", "sessions:us");
        redis.sunionstore("{online}:all", "{online}:eu", "{online}:us");
        redis.eval("return 1", ScriptOutputType.INTEGER, "lock:a", "lock:b");
        redis.xread(StreamOffset.from("events:eu", "0"), StreamOffset.from("events:us", "0"));
        redis.msetex(Map.of("token:a", "x", "token:b", "y"), MSetExArgs.Builder.ex(java.time.Duration.ofSeconds(60)));
        return redis.mget("{user:" + userId + "}:name", "{user:" + userId + "}:email");
    }

    public void async() {
        RedisAdvancedClusterAsyncCommands<String, String> redis = connection.async();
        redis.del("cart:1", "cart:2");
        redis.rename("cart:1", "cart:archived:1");
    }

    public void reactive() {
        connection.reactive().mget("a", "b").subscribe();
        connection.reactive().smove("a", "b", "member").subscribe();
    }
}

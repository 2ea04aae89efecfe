package com.example.ranks;

import java.util.List;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Rankings on a Redis Cluster through Spring Data Redis' Jedis cluster connection. */
public class RankingService {

    private final StringRedisTemplate redis;

    public RankingService(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void nightly() {
        redis.opsForZSet().unionAndStore("rank:daily", List.of("rank:weekly"), "rank:all");
        redis.opsForZSet().unionAndStore("{rank}:daily", List.of("{rank}:weekly"), "{rank}:all");
        redis.copy("rank:daily", "rank:yesterday", true);
        redis.opsForValue().multiGet(List.of("rank:daily:top", "rank:weekly:top"));
        redis.opsForList().rightPopAndLeftPush("jobs:pending", "jobs:running");
    }

    public List<Object> refresh(List<String> members) {
        return redis.executePipelined((RedisCallback<Object>) connection -> {
            members.forEach(m -> connection.zSetCommands().zIncrBy("{rank}:daily".getBytes(), 1, m.getBytes()));
            return null;
        });
    }
}

package com.example.orders;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.example.cache.RedisService;
import redis.clients.jedis.util.JedisClusterCRC16;

/** The careful way: group keys by slot, then one call per group. */
public class SlotBatches {

    private final RedisService redis;

    public SlotBatches(RedisService redis) {
        this.redis = redis;
    }

    public void deleteMany(List<String> ids) {
        Map<Integer, List<String>> bySlot = ids.stream().map(id -> "session:" + id)
                .collect(Collectors.groupingBy(JedisClusterCRC16::getSlot));
        bySlot.values().forEach(redis::deleteAll);
        for (List<String> group : bySlot.values()) {
            redis.deleteAll(group);
        }
    }
}

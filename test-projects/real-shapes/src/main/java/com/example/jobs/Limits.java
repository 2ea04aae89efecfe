package com.example.jobs;

import java.util.List;

import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

/** A token bucket per user, run as a script on the Spring template; cache warming on the cluster connection. */
public class Limits {

    private static final DefaultRedisScript<Long> TAKE = new DefaultRedisScript<>(
            "local n = redis.call('DECR', KEYS[1]) redis.call('SET', KEYS[2], ARGV[1]) return n", Long.class);

    private final StringRedisTemplate template;
    private final JedisConnectionFactory factory;

    public Limits(StringRedisTemplate template, JedisConnectionFactory factory) {
        this.template = template;
        this.factory = factory;
    }

    public Long take(String user, String now) {
        return template.execute(TAKE, List.of("limit:" + user + ":tokens", "limit:" + user + ":stamp"), now);
    }

    public Long takeTagged(String user, String now) {
        return template.execute(TAKE, List.of("{limit:" + user + "}:tokens", "{limit:" + user + "}:stamp"), now);
    }

    public void warm() {
        RedisClusterConnection connection = factory.getClusterConnection();
        connection.openPipeline();
        connection.closePipeline();
    }
}

package com.example.modes;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;

/** One connection configuration per profile. */
@Configuration
public class RedisConfig {

    @Bean
    @Profile("cluster")
    public RedisClusterConfiguration clusterConfiguration(List<String> nodes) {
        return new RedisClusterConfiguration(nodes);
    }

    @Bean
    @Profile("!cluster")
    public RedisStandaloneConfiguration standaloneConfiguration() {
        return new RedisStandaloneConfiguration("localhost", 6379);
    }
}

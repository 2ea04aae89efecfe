package com.example.accounts.service;

import static com.example.accounts.keys.RedisKeys.SESSION;

import java.util.List;

import com.example.accounts.keys.Family;
import com.example.accounts.keys.RedisKeys;
import redis.clients.jedis.JedisCluster;

public class AccountService {

    private static final String LOCK = "lock:";

    private final JedisCluster redis;

    public AccountService(JedisCluster redis) {
        this.redis = redis;
    }

    /** Silent: profile and settings carry the same tag, whatever the user id. */
    public List<String> load(String userId) {
        return redis.mget(RedisKeys.profile(userId), RedisKeys.settings(userId));
    }

    /** Silent: the stats keys share {stats} (built by a StringBuilder helper). */
    public List<String> stats() {
        return redis.mget(RedisKeys.stat("logins"), RedisKeys.stat("signups"));
    }

    /** ERROR: two fixed keys in different slots, through constants and a static import. */
    public void resetCounters() {
        redis.del(SESSION + "count", RedisKeys.USER + "count");
    }

    /** WARNING: the profile is tagged with the user id, the session key is not tagged at all. */
    public void logout(String userId) {
        redis.del(RedisKeys.profile(userId), RedisKeys.sessions(userId));
    }

    /** ERROR: the enum families have different fixed prefixes and the same id. */
    public void forget() {
        redis.del(Family.LOGIN.key("42"), Family.AUDIT.key("42"));
    }

    /** ERROR: the key is reassigned before use; the last value counts. */
    public void rename() {
        String from = "{user:1}:name";
        from = LOCK + "user:1";
        redis.mset(from, "x", "{user:1}:alias", "y");
    }

    /** Silent: one binary key built from a number. */
    public void avatar(long userId) {
        redis.del(RedisKeys.avatar(userId));
    }

    /** ERROR: byte[] keys are hashed by their bytes too. */
    public void avatars() {
        redis.del(RedisKeys.avatar(1), RedisKeys.avatar(2));
    }

    /** Silent: a method that forwards keys it does not know. */
    public void deleteAll(String... keys) {
        redis.del(keys);
    }
}

package com.example.carts;

import java.util.List;
import java.util.Map;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Carts, stock and rankings, through the StringRedisTemplate that Spring Boot configures. */
public class CartService {

    private static final RedisScript<Long> RESERVE = RedisScript.of(
            "return redis.call('DECRBY', KEYS[1], ARGV[1]) + redis.call('INCRBY', KEYS[2], ARGV[1])", Long.class);

    private final StringRedisTemplate redis;

    public CartService(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Spring emulates these across slots: they work, but are not atomic. */
    public void mergeGuestCart(String guestId, String userId) {
        redis.opsForValue().multiGet(List.of(CartKeys.PREFIX + guestId, CartKeys.PREFIX + userId));
        redis.opsForValue().multiSet(Map.of("cart:total:" + guestId, "0", "cart:total:" + userId, "0"));
        redis.delete(List.of("cart:guest", "cart:guest:items"));
        redis.countExistingKeys(List.of("cart:guest", "cart:member"));
        redis.rename("cart:guest", "cart:member");
        redis.opsForSet().unionAndStore("tags:guest", List.of("tags:member"), "tags:all");
        redis.opsForSet().difference("tags:guest", "tags:member");
        redis.opsForSet().intersect(List.of("tags:guest", "tags:member"));
        redis.opsForSet().move("tags:guest", "gift", "tags:member");
        redis.opsForList().rightPopAndLeftPush("queue:incoming", "queue:processing");
    }

    /** One user's keys share a hash tag: one slot, atomic, nothing to report. */
    public void saveForLater(String userId) {
        redis.rename(CartKeys.cart(userId), CartKeys.saved(userId));
        redis.opsForValue().multiGet(List.of(CartKeys.cart(userId), CartKeys.saved(userId)));
        redis.execute(RESERVE, List.of(CartKeys.cart(userId), CartKeys.saved(userId)), "1");
    }

    /** The cluster rejects these when the keys span slots. */
    public void rankings() {
        redis.opsForZSet().unionAndStore("rank:daily", List.of("rank:weekly"), "rank:all");
        redis.opsForZSet().intersectAndStore("rank:daily", "rank:weekly", "rank:both");
        redis.opsForHyperLogLog().size("visitors:web", "visitors:app");
        redis.execute(RESERVE, List.of("stock:42", "reserved:42"), "1");
    }
}

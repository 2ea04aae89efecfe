package com.example.feed;

import redis.clients.jedis.JedisCluster;

/** Reads 23 pairs of keys that share no hash tag: each pair meets in one slot only by chance. */
public class Feed {

    public void load(JedisCluster redis, String id) {
        redis.mget("feed1:" + id, "seen1:" + id);
        redis.mget("feed2:" + id, "seen2:" + id);
        redis.mget("feed3:" + id, "seen3:" + id);
        redis.mget("feed4:" + id, "seen4:" + id);
        redis.mget("feed5:" + id, "seen5:" + id);
        redis.mget("feed6:" + id, "seen6:" + id);
        redis.mget("feed7:" + id, "seen7:" + id);
        redis.mget("feed8:" + id, "seen8:" + id);
        redis.mget("feed9:" + id, "seen9:" + id);
        redis.mget("feed10:" + id, "seen10:" + id);
        redis.mget("feed11:" + id, "seen11:" + id);
        redis.mget("feed12:" + id, "seen12:" + id);
        redis.mget("feed13:" + id, "seen13:" + id);
        redis.mget("feed14:" + id, "seen14:" + id);
        redis.mget("feed15:" + id, "seen15:" + id);
        redis.mget("feed16:" + id, "seen16:" + id);
        redis.mget("feed17:" + id, "seen17:" + id);
        redis.mget("feed18:" + id, "seen18:" + id);
        redis.mget("feed19:" + id, "seen19:" + id);
        redis.mget("feed20:" + id, "seen20:" + id);
        redis.mget("feed21:" + id, "seen21:" + id);
        redis.mget("feed22:" + id, "seen22:" + id);
        redis.mget("feed23:" + id, "seen23:" + id);
    }
}

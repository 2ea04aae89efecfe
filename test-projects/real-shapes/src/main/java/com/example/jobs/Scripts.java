package com.example.jobs;

/** The job store's Lua scripts. */
final class Scripts {

    static final String POP = "local job = redis.call('RPOP', KEYS[1]) "
            + "if job then redis.call('LPUSH', KEYS[2], job) end return job";

    static final String DRAIN = "for _, k in ipairs(redis.call('SMEMBERS', KEYS[1])) do redis.call('DEL', k) end";

    private Scripts() {
    }
}

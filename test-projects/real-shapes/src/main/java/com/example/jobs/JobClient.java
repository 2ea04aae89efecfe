package com.example.jobs;

import java.util.Set;

import redis.clients.jedis.Jedis;

/** The job store's client: one connection, a namespace of its own. */
public class JobClient extends Queues {

    private final Jedis jedis = new Jedis("localhost", 6379);
    private final String namespace = "jobs";

    public void every(String queue, String job) {
        schedule(jedis, namespace, queue, job, 60);
    }

    public Set<String> allKeys() {
        return jedis.keys(namespace + ":*");
    }

    public String pop(String queue, String worker) {
        String sha = jedis.scriptLoad(Scripts.POP);
        return (String) jedis.evalsha(sha, 2, key(namespace, "queue", queue), key(namespace, "inflight", worker));
    }

    public void drain(String index) {
        jedis.eval(Scripts.DRAIN, 1, "{" + index + "}:members");
    }
}

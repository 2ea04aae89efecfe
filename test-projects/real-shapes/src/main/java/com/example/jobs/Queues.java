package com.example.jobs;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.Transaction;

/** Queue operations shared by every client of the job store: the caller names the namespace and the queue. */
public abstract class Queues {

    public static String key(String namespace, String... parts) {
        StringBuilder key = new StringBuilder(namespace);
        for (String part : parts) {
            key.append(':').append(part);
        }
        return key.toString();
    }

    public static void schedule(Jedis jedis, String namespace, String queue, String job, long every) {
        String queueKey = key(namespace, "queue", queue);
        String everyKey = key(queueKey, "every");
        Transaction transaction = jedis.multi();
        transaction.zadd(queueKey, 1, job);
        transaction.hset(everyKey, job, String.valueOf(every));
        transaction.exec();
    }
}

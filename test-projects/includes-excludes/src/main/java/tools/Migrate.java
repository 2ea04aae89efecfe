package tools;

import redis.clients.jedis.JedisCluster;

/** Outside the includes. */
public class Migrate {

    public void run(JedisCluster redis) {
        redis.del("migrate:1", "migrate:2");
    }
}

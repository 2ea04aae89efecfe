package com.example.families;

import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;
import redis.clients.jedis.JedisCluster;

/** Each family twice: keys in different slots (found), keys sharing the hash tag {f} (silent). */
public class Calls {

    public void jedis(JedisCluster cluster) {
        JedisFamilies.run(cluster, "fam:a", "fam:b", "fam:d");
        JedisFamilies.run(cluster, "{f}a", "{f}b", "{f}d");
    }

    public void lettuce(RedisAdvancedClusterCommands<String, String> redis) {
        LettuceFamilies.run(redis, "fam:a", "fam:b", "fam:d");
        LettuceFamilies.run(redis, "{f}a", "{f}b", "{f}d");
    }
}

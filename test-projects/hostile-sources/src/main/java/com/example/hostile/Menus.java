package com.example.hostile;

import redis.clients.jedis.JedisCluster;

/** Menus of the café; this file is saved in ISO-8859-1, as the pom declares. */
class Menus {

    void publish(JedisCluster cluster) {
        cluster.mset("café:menu", "croque", "thé:menu", "earl grey");
        cluster.mset("{café}:menu", "croque", "{café}:menü", "earl grey");
    }
}

package com.example.families;

import java.util.List;
import java.util.Map;

import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.args.BitOP;
import redis.clients.jedis.args.GeoUnit;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.params.GeoRadiusParam;
import redis.clients.jedis.params.GeoRadiusStoreParam;
import redis.clients.jedis.params.XReadParams;

/** One call per command family; each pair: keys in different slots, then keys sharing a hash tag. */
public class Families {

    private static final String SCRIPT = "return redis.call('GET', KEYS[1])";

    private final JedisCluster cluster;

    public Families(JedisCluster cluster) {
        this.cluster = cluster;
    }

    public void strings() {
        cluster.mset("a", "1", "b", "2");
        cluster.mset("{s}a", "1", "{s}b", "2");
        cluster.msetnx("a", "1", "b", "2");
        cluster.mget("a", "b");
        cluster.mget("{s}a", "{s}b");
    }

    public void keys() {
        cluster.del("a", "b");
        cluster.del("only");
        cluster.exists("a", "b");
        cluster.rename("a", "b");
        cluster.rename("{k}a", "{k}b");
        cluster.copy("a", "b", true);
    }

    public void sets() {
        cluster.sunionstore("dest", "a", "b");
        cluster.sinter("{t}a", "{t}b");
        cluster.smove("a", "b", "member");
        cluster.smove("{t}a", "{t}b", "a-member-is-not-a-key");
    }

    public void sortedSets() {
        cluster.zunionstore("dest", "a", "b");
        cluster.zdiff("{z}a", "{z}b");
        cluster.zintercard(10, "a", "b");
    }

    public void lists() {
        cluster.lmove("a", "b", ListDirection.LEFT, ListDirection.RIGHT);
        cluster.blpop(5, "a", "b");
        cluster.blpop(5, "{q}a", "{q}b");
        cluster.rpoplpush("{q}a", "{q}b");
    }

    public void others() {
        cluster.pfmerge("dest", "a", "b");
        cluster.bitop(BitOP.OR, "dest", "a", "b");
        cluster.georadiusStore("geo", 13.4, 52.5, 10, GeoUnit.KM, GeoRadiusParam.geoRadiusParam(),
                GeoRadiusStoreParam.geoRadiusStoreParam().store("near"));
        cluster.xread(XReadParams.xReadParams().count(10),
                Map.of("stream:a", StreamEntryID.XREAD_NEW_ENTRY, "stream:b", StreamEntryID.XREAD_NEW_ENTRY));
    }

    public Object scripts() {
        cluster.eval(SCRIPT, 2, "a", "b", "argument");
        cluster.eval(SCRIPT, 1, "a", "an-argument-is-not-a-key");
        return cluster.eval(SCRIPT, List.of("{e}a", "{e}b"), List.of("x"));
    }

    public void unsupported() {
        cluster.keys("user:*");
        cluster.keys("{user:1}:*");
        cluster.multi();
    }
}

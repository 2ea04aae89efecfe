package com.example.families;

import java.util.List;
import java.util.Map;

import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.args.BitOP;
import redis.clients.jedis.args.GeoUnit;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.args.SortedSetOption;
import redis.clients.jedis.params.GeoRadiusParam;
import redis.clients.jedis.params.GeoRadiusStoreParam;
import redis.clients.jedis.params.GeoSearchParam;
import redis.clients.jedis.params.LCSParams;
import redis.clients.jedis.params.SortingParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.params.ZParams;
import redis.clients.jedis.params.ZRangeParams;

/** Every multi-key command family of JedisCluster, on keys a and b (and d, where a command stores). */
public final class JedisFamilies {

    public static final String SCRIPT = "return 1";
    public static final String SCRIPT_SHA = "e0e1f9fabfc9d4800c877a703b823ac0578ff8db";

    private JedisFamilies() {
    }

    public static void run(JedisCluster c, String a, String b, String d) {
        c.mset(a, "1", b, "2");
        c.msetnx(a, "1", b, "2");
        c.mget(a, b);
        c.del(a, b);
        c.unlink(a, b);
        c.exists(a, b);
        c.touch(a, b);
        c.rename(a, b);
        c.renamenx(a, b);
        c.copy(a, b, true);
        c.sort(a, new SortingParams().alpha(), d);
        c.sunion(a, b);
        c.sinter(a, b);
        c.sdiff(a, b);
        c.sunionstore(d, a, b);
        c.sinterstore(d, a, b);
        c.sdiffstore(d, a, b);
        c.smove(a, b, "member");
        c.sintercard(a, b);
        c.zunion(new ZParams(), a, b);
        c.zinter(new ZParams(), a, b);
        c.zdiff(a, b);
        c.zunionstore(d, a, b);
        c.zinterstore(d, a, b);
        c.zdiffStore(d, a, b);
        c.zrangestore(d, a, ZRangeParams.zrangeParams(0, -1));
        c.zintercard(a, b);
        c.zmpop(SortedSetOption.MIN, a, b);
        c.bzmpop(1, SortedSetOption.MIN, a, b);
        c.bzpopmin(1, a, b);
        c.bzpopmax(1, a, b);
        c.lmove(a, b, ListDirection.LEFT, ListDirection.RIGHT);
        c.blmove(a, b, ListDirection.LEFT, ListDirection.RIGHT, 1);
        c.rpoplpush(a, b);
        c.brpoplpush(a, b, 1);
        c.lmpop(ListDirection.LEFT, a, b);
        c.blmpop(1, ListDirection.LEFT, a, b);
        c.blpop(1, a, b);
        c.brpop(1, a, b);
        c.pfcount(a, b);
        c.pfmerge(d, a, b);
        c.bitop(BitOP.AND, d, a, b);
        c.lcs(a, b, LCSParams.LCSParams());
        c.geosearchStore(d, a, new GeoSearchParam().fromMember("member").byRadius(100, GeoUnit.KM));
        c.georadiusStore(a, 13.4, 52.5, 100, GeoUnit.KM, GeoRadiusParam.geoRadiusParam(),
                GeoRadiusStoreParam.geoRadiusStoreParam().store(d));
        c.georadiusByMemberStore(a, "member", 100, GeoUnit.KM, GeoRadiusParam.geoRadiusParam(),
                GeoRadiusStoreParam.geoRadiusStoreParam().store(d));
        c.xread(XReadParams.xReadParams(), Map.of(a, new StreamEntryID(), b, new StreamEntryID()));
        c.xreadGroup("group", "consumer", XReadGroupParams.xReadGroupParams(),
                Map.of(a, StreamEntryID.UNRECEIVED_ENTRY, b, StreamEntryID.UNRECEIVED_ENTRY));
        c.eval(SCRIPT, 2, a, b);
        c.evalsha(SCRIPT_SHA, 2, a, b);
        c.evalReadonly(SCRIPT, List.of(a, b), List.of());
        c.evalshaReadonly(SCRIPT_SHA, List.of(a, b), List.of());
        c.fcall("slotlint_one", List.of(a, b), List.of());
        c.fcallReadonly("slotlint_one", List.of(a, b), List.of());
    }
}

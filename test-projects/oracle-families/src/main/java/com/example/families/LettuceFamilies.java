package com.example.families;

import java.util.Map;

import io.lettuce.core.Consumer;
import io.lettuce.core.GeoArgs;
import io.lettuce.core.GeoRadiusStoreArgs;
import io.lettuce.core.GeoSearch;
import io.lettuce.core.LMPopArgs;
import io.lettuce.core.LMoveArgs;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SortArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.ZPopArgs;
import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;

/** Every multi-key command family of Lettuce's cluster API, on keys a and b (and d, where a command stores). */
public final class LettuceFamilies {

    private LettuceFamilies() {
    }

    public static void run(RedisAdvancedClusterCommands<String, String> r, String a, String b, String d) {
        r.mset(Map.of(a, "1", b, "2"));
        r.msetnx(Map.of(a, "1", b, "2"));
        r.mget(a, b);
        r.del(a, b);
        r.unlink(a, b);
        r.exists(a, b);
        r.touch(a, b);
        r.rename(a, b);
        r.renamenx(a, b);
        r.copy(a, b);
        r.sortStore(a, SortArgs.Builder.alpha(), d);
        r.sunion(a, b);
        r.sinter(a, b);
        r.sdiff(a, b);
        r.sunionstore(d, a, b);
        r.sinterstore(d, a, b);
        r.sdiffstore(d, a, b);
        r.smove(a, b, "member");
        r.sintercard(a, b);
        r.zunion(a, b);
        r.zinter(a, b);
        r.zdiff(a, b);
        r.zunionstore(d, a, b);
        r.zinterstore(d, a, b);
        r.zdiffstore(d, a, b);
        r.zrangestore(d, a, Range.create(0L, -1L));
        r.zintercard(a, b);
        r.zmpop(ZPopArgs.Builder.min(), a, b);
        r.bzmpop(1, ZPopArgs.Builder.min(), a, b);
        r.bzpopmin(1, a, b);
        r.bzpopmax(1, a, b);
        r.lmove(a, b, LMoveArgs.Builder.leftRight());
        r.blmove(a, b, LMoveArgs.Builder.leftRight(), 1);
        r.rpoplpush(a, b);
        r.brpoplpush(1, a, b);
        r.lmpop(LMPopArgs.Builder.left(), a, b);
        r.blmpop(1, LMPopArgs.Builder.left(), a, b);
        r.blpop(1, a, b);
        r.brpop(1, a, b);
        r.pfcount(a, b);
        r.pfmerge(d, a, b);
        r.bitopAnd(d, a, b);
        r.geosearchstore(d, a, GeoSearch.fromMember("member"), GeoSearch.byRadius(100, GeoArgs.Unit.km),
                new GeoArgs(), false);
        r.georadius(a, 13.4, 52.5, 100, GeoArgs.Unit.km, GeoRadiusStoreArgs.Builder.store(d));
        r.georadiusbymember(a, "member", 100, GeoArgs.Unit.km, GeoRadiusStoreArgs.Builder.store(d));
        r.xread(XReadArgs.StreamOffset.from(a, "0"), XReadArgs.StreamOffset.from(b, "0"));
        r.xreadgroup(Consumer.from("group", "consumer"), XReadArgs.StreamOffset.lastConsumed(a),
                XReadArgs.StreamOffset.lastConsumed(b));
        r.eval(JedisFamilies.SCRIPT, ScriptOutputType.INTEGER, a, b);
        r.evalsha(JedisFamilies.SCRIPT_SHA, ScriptOutputType.INTEGER, a, b);
        r.evalReadOnly(JedisFamilies.SCRIPT.getBytes(), ScriptOutputType.INTEGER, new String[] {a, b});
        r.evalshaReadOnly(JedisFamilies.SCRIPT_SHA, ScriptOutputType.INTEGER, new String[] {a, b});
        r.fcall("slotlint_one", ScriptOutputType.INTEGER, a, b);
        r.fcallReadOnly("slotlint_one", ScriptOutputType.INTEGER, a, b);
    }
}

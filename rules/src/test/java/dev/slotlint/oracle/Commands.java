package dev.slotlint.oracle;

import dev.slotlint.testing.RedisCluster;

import io.lettuce.core.GeoArgs;
import io.lettuce.core.GeoRadiusStoreArgs;
import io.lettuce.core.GeoSearch;
import io.lettuce.core.LMPopArgs;
import io.lettuce.core.LMoveArgs;
import io.lettuce.core.Range;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SortArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.ZPopArgs;
import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.args.BitOP;
import redis.clients.jedis.args.GeoUnit;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.args.SortedSetOption;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.GeoRadiusParam;
import redis.clients.jedis.params.GeoRadiusStoreParam;
import redis.clients.jedis.params.GeoSearchParam;
import redis.clients.jedis.params.LCSParams;
import redis.clients.jedis.params.SortingParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.params.ZParams;
import redis.clients.jedis.params.ZRangeParams;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Each catalogued command family run for real: data of the right type prepared on every key first (one key at a
 * time), then the command with all its keys, through JedisCluster or Lettuce's cluster API.
 */
final class Commands {

    enum Outcome { OK, SPLIT, CROSSSLOT, ERROR }

    private static final String SCRIPT = "return 1";
    private static final String SCRIPT_SHA = "e0e1f9fabfc9d4800c877a703b823ac0578ff8db";
    private static final String FUNCTION = "#!lua name=slotlint\n"
            + "redis.register_function{function_name='slotlint_one', callback=function(keys, args) return 1 end,"
            + " flags={'no-writes'}}";

    /** A command run: what to prepare on each key, then the call with the keys in catalogue order. */
    private record Run(Consumer<String> prepare, Consumer<List<String>> call) {
    }

    private final RedisCluster redis;
    private final JedisCluster jedis;
    private final RedisAdvancedClusterCommands<String, String> lettuce;
    private final Map<String, Run> runs = new HashMap<>();
    private String lastError;

    Commands(RedisCluster redis, JedisCluster jedis, RedisAdvancedClusterCommands<String, String> lettuce) {
        this.redis = redis;
        this.jedis = jedis;
        this.lettuce = lettuce;
        jedisCommands();
        lettuceCommands();
    }

    boolean knows(String family) {
        return runs.containsKey(family);
    }

    String lastError() {
        return lastError;
    }

    int serverMajorVersion() {
        try (Jedis node = redis.node(0)) {
            String info = node.info("server");
            String version = info.lines().filter(l -> l.startsWith("redis_version:")).findFirst().orElse("0")
                    .replace("redis_version:", "");
            return Integer.parseInt(version.split("\\.")[0]);
        }
    }

    void loadScriptsAndFunctions() {
        for (int i = 0; i < redis.ports().size(); i++) {
            try (Jedis node = redis.node(i)) {
                node.scriptLoad(SCRIPT);
                if (serverMajorVersion() >= 7) {
                    node.functionLoadReplace(FUNCTION);
                }
            }
        }
    }

    /** A key whose slot the given node does not own. */
    String keyNotOwnedBy(int node) {
        try (Jedis connection = redis.node(node)) {
            for (int i = 0; ; i++) {
                String key = "moved:" + i;
                long slot = connection.clusterKeySlot(key);
                String owner = connection.clusterNodes().lines()
                        .filter(l -> l.contains("myself")).findFirst().orElseThrow();
                if (!ownsSlot(owner, slot)) {
                    return key;
                }
            }
        }
    }

    private static boolean ownsSlot(String nodeLine, long slot) {
        String[] fields = nodeLine.split(" ");
        for (int i = 8; i < fields.length; i++) {
            String[] range = fields[i].split("-");
            long from = Long.parseLong(range[0]);
            long to = range.length > 1 ? Long.parseLong(range[1]) : from;
            if (slot >= from && slot <= to) {
                return true;
            }
        }
        return false;
    }

    /** Runs one family with these keys on an emptied cluster. */
    Outcome run(String family, List<String> keys) {
        redis.flushAll();
        Run run = runs.get(family);
        keys.forEach(run.prepare());
        lastError = null;
        try {
            run.call().accept(keys);
        } catch (JedisClusterOperationException e) {
            return refused(e.getMessage());
        } catch (JedisDataException | RedisCommandExecutionException e) {
            return refused(e.getMessage());
        } catch (RuntimeException e) {
            lastError = e.toString();
            return Outcome.ERROR;
        }
        return family.startsWith("LETTUCE:") && redis.slots(keys).size() > 1 ? Outcome.SPLIT : Outcome.OK;
    }

    private Outcome refused(String message) {
        if (message != null && (message.startsWith("CROSSSLOT") || message.contains("same hashslot")
                || message.contains("multiple hash slots"))) {
            return Outcome.CROSSSLOT;
        }
        lastError = message;
        return Outcome.ERROR;
    }

    // ------------------------------------------------------------------------------------------- preparations

    private void nothing(String key) {
    }

    private void string(String key) {
        jedis.set(key, "value");
    }

    private void list(String key) {
        jedis.rpush(key, "x", "y");
    }

    private void set(String key) {
        jedis.sadd(key, "member", "other");
    }

    private void zset(String key) {
        jedis.zadd(key, 1, "member");
    }

    private void hll(String key) {
        jedis.pfadd(key, "member");
    }

    private void geo(String key) {
        jedis.geoadd(key, 13.4, 52.5, "member");
    }

    private void stream(String key) {
        jedis.xadd(key, StreamEntryID.NEW_ENTRY, Map.of("field", "value"));
        jedis.xgroupCreate(key, "group", new StreamEntryID(), false);
    }

    private void jedis(String command, Consumer<String> prepare, Consumer<List<String>> call) {
        runs.put("JEDIS:" + command, new Run(prepare, call));
    }

    private void lettuce(String command, Consumer<String> prepare, Consumer<List<String>> call) {
        runs.put("LETTUCE:" + command, new Run(prepare, call));
    }

    private static String[] all(List<String> keys) {
        return keys.toArray(new String[0]);
    }

    private static String[] rest(List<String> keys) {
        return keys.subList(1, keys.size()).toArray(new String[0]);
    }

    private static String[] alternating(List<String> keys) {
        String[] keysAndValues = new String[keys.size() * 2];
        for (int i = 0; i < keys.size(); i++) {
            keysAndValues[2 * i] = keys.get(i);
            keysAndValues[2 * i + 1] = "v" + i;
        }
        return keysAndValues;
    }

    private static Map<String, String> map(List<String> keys) {
        Map<String, String> values = new LinkedHashMap<>();
        keys.forEach(key -> values.put(key, "v"));
        return values;
    }

    private static Map<String, StreamEntryID> streams(List<String> keys, StreamEntryID id) {
        Map<String, StreamEntryID> streams = new LinkedHashMap<>();
        keys.forEach(key -> streams.put(key, id));
        return streams;
    }

    private void jedisCommands() {
        jedis("MSET", this::nothing, k -> jedis.mset(alternating(k)));
        jedis("MSETNX", this::nothing, k -> jedis.msetnx(alternating(k)));
        jedis("MGET", this::string, k -> jedis.mget(all(k)));
        jedis("DEL", this::string, k -> jedis.del(all(k)));
        jedis("UNLINK", this::string, k -> jedis.unlink(all(k)));
        jedis("EXISTS", this::string, k -> jedis.exists(all(k)));
        jedis("TOUCH", this::string, k -> jedis.touch(all(k)));
        jedis("RENAME", this::string, k -> jedis.rename(k.get(0), k.get(1)));
        jedis("RENAMENX", this::string, k -> jedis.renamenx(k.get(0), k.get(1)));
        jedis("COPY", this::string, k -> jedis.copy(k.get(0), k.get(1), true));
        jedis("SORT", this::list, k -> jedis.sort(k.get(0), new SortingParams().alpha(), k.get(1)));
        jedis("SUNION", this::set, k -> jedis.sunion(all(k)));
        jedis("SINTER", this::set, k -> jedis.sinter(all(k)));
        jedis("SDIFF", this::set, k -> jedis.sdiff(all(k)));
        jedis("SUNIONSTORE", this::set, k -> jedis.sunionstore(k.get(0), rest(k)));
        jedis("SINTERSTORE", this::set, k -> jedis.sinterstore(k.get(0), rest(k)));
        jedis("SDIFFSTORE", this::set, k -> jedis.sdiffstore(k.get(0), rest(k)));
        jedis("SMOVE", this::set, k -> jedis.smove(k.get(0), k.get(1), "member"));
        jedis("SINTERCARD", this::set, k -> jedis.sintercard(all(k)));
        jedis("ZUNION", this::zset, k -> jedis.zunion(new ZParams(), all(k)));
        jedis("ZINTER", this::zset, k -> jedis.zinter(new ZParams(), all(k)));
        jedis("ZDIFF", this::zset, k -> jedis.zdiff(all(k)));
        jedis("ZUNIONSTORE", this::zset, k -> jedis.zunionstore(k.get(0), rest(k)));
        jedis("ZINTERSTORE", this::zset, k -> jedis.zinterstore(k.get(0), rest(k)));
        jedis("ZDIFFSTORE", this::zset, k -> jedis.zdiffStore(k.get(0), rest(k)));
        jedis("ZRANGESTORE", this::zset, k -> jedis.zrangestore(k.get(0), k.get(1), ZRangeParams.zrangeParams(0, -1)));
        jedis("ZINTERCARD", this::zset, k -> jedis.zintercard(all(k)));
        jedis("ZMPOP", this::zset, k -> jedis.zmpop(SortedSetOption.MIN, all(k)));
        jedis("BZMPOP", this::zset, k -> jedis.bzmpop(1, SortedSetOption.MIN, all(k)));
        jedis("BZPOPMIN", this::zset, k -> jedis.bzpopmin(1, all(k)));
        jedis("BZPOPMAX", this::zset, k -> jedis.bzpopmax(1, all(k)));
        jedis("LMOVE", this::list, k -> jedis.lmove(k.get(0), k.get(1), ListDirection.LEFT, ListDirection.RIGHT));
        jedis("BLMOVE", this::list, k -> jedis.blmove(k.get(0), k.get(1), ListDirection.LEFT, ListDirection.RIGHT, 1));
        jedis("RPOPLPUSH", this::list, k -> jedis.rpoplpush(k.get(0), k.get(1)));
        jedis("BRPOPLPUSH", this::list, k -> jedis.brpoplpush(k.get(0), k.get(1), 1));
        jedis("LMPOP", this::list, k -> jedis.lmpop(ListDirection.LEFT, all(k)));
        jedis("BLMPOP", this::list, k -> jedis.blmpop(1, ListDirection.LEFT, all(k)));
        jedis("BLPOP", this::list, k -> jedis.blpop(1, all(k)));
        jedis("BRPOP", this::list, k -> jedis.brpop(1, all(k)));
        jedis("PFCOUNT", this::hll, k -> jedis.pfcount(all(k)));
        jedis("PFMERGE", this::hll, k -> jedis.pfmerge(k.get(0), rest(k)));
        jedis("BITOP", this::string, k -> jedis.bitop(BitOP.AND, k.get(0), rest(k)));
        jedis("LCS", this::string, k -> jedis.lcs(k.get(0), k.get(1), LCSParams.LCSParams()));
        jedis("GEOSEARCHSTORE", this::geo, k -> jedis.geosearchStore(k.get(0), k.get(1),
                new GeoSearchParam().fromMember("member").byRadius(100, GeoUnit.KM)));
        jedis("GEORADIUS_STORE", this::geo, k -> jedis.georadiusStore(k.get(0), 13.4, 52.5, 100, GeoUnit.KM,
                GeoRadiusParam.geoRadiusParam(), GeoRadiusStoreParam.geoRadiusStoreParam().store(k.get(1))));
        jedis("GEORADIUSBYMEMBER_STORE", this::geo, k -> jedis.georadiusByMemberStore(k.get(0), "member", 100,
                GeoUnit.KM, GeoRadiusParam.geoRadiusParam(), GeoRadiusStoreParam.geoRadiusStoreParam().store(k.get(1))));
        jedis("XREAD", this::stream, k -> jedis.xread(XReadParams.xReadParams(), streams(k, new StreamEntryID())));
        jedis("XREADGROUP", this::stream, k -> jedis.xreadGroup("group", "consumer", XReadGroupParams.xReadGroupParams(),
                streams(k, StreamEntryID.UNRECEIVED_ENTRY)));
        jedis("EVAL", this::nothing, k -> jedis.eval(SCRIPT, k.size(), all(k)));
        jedis("EVALSHA", this::nothing, k -> jedis.evalsha(SCRIPT_SHA, k.size(), all(k)));
        jedis("EVAL_RO", this::nothing, k -> jedis.evalReadonly(SCRIPT, k, List.of()));
        jedis("EVALSHA_RO", this::nothing, k -> jedis.evalshaReadonly(SCRIPT_SHA, k, List.of()));
        jedis("FCALL", this::nothing, k -> jedis.fcall("slotlint_one", k, List.of()));
        jedis("FCALL_RO", this::nothing, k -> jedis.fcallReadonly("slotlint_one", k, List.of()));
    }

    private void lettuceCommands() {
        lettuce("MSET", this::nothing, k -> lettuce.mset(map(k)));
        lettuce("MSETNX", this::nothing, k -> lettuce.msetnx(map(k)));
        lettuce("MGET", this::string, k -> lettuce.mget(all(k)));
        lettuce("DEL", this::string, k -> lettuce.del(all(k)));
        lettuce("UNLINK", this::string, k -> lettuce.unlink(all(k)));
        lettuce("EXISTS", this::string, k -> lettuce.exists(all(k)));
        lettuce("TOUCH", this::string, k -> lettuce.touch(all(k)));
        lettuce("RENAME", this::string, k -> lettuce.rename(k.get(0), k.get(1)));
        lettuce("RENAMENX", this::string, k -> lettuce.renamenx(k.get(0), k.get(1)));
        lettuce("COPY", this::string, k -> lettuce.copy(k.get(0), k.get(1)));
        lettuce("SORT_STORE", this::list, k -> lettuce.sortStore(k.get(0), SortArgs.Builder.alpha(), k.get(1)));
        lettuce("SUNION", this::set, k -> lettuce.sunion(all(k)));
        lettuce("SINTER", this::set, k -> lettuce.sinter(all(k)));
        lettuce("SDIFF", this::set, k -> lettuce.sdiff(all(k)));
        lettuce("SUNIONSTORE", this::set, k -> lettuce.sunionstore(k.get(0), rest(k)));
        lettuce("SINTERSTORE", this::set, k -> lettuce.sinterstore(k.get(0), rest(k)));
        lettuce("SDIFFSTORE", this::set, k -> lettuce.sdiffstore(k.get(0), rest(k)));
        lettuce("SMOVE", this::set, k -> lettuce.smove(k.get(0), k.get(1), "member"));
        lettuce("SINTERCARD", this::set, k -> lettuce.sintercard(all(k)));
        lettuce("ZUNION", this::zset, k -> lettuce.zunion(all(k)));
        lettuce("ZINTER", this::zset, k -> lettuce.zinter(all(k)));
        lettuce("ZDIFF", this::zset, k -> lettuce.zdiff(all(k)));
        lettuce("ZUNIONSTORE", this::zset, k -> lettuce.zunionstore(k.get(0), rest(k)));
        lettuce("ZINTERSTORE", this::zset, k -> lettuce.zinterstore(k.get(0), rest(k)));
        lettuce("ZDIFFSTORE", this::zset, k -> lettuce.zdiffstore(k.get(0), rest(k)));
        lettuce("ZRANGESTORE", this::zset, k -> lettuce.zrangestore(k.get(0), k.get(1), Range.create(0L, -1L)));
        lettuce("ZINTERCARD", this::zset, k -> lettuce.zintercard(all(k)));
        lettuce("ZMPOP", this::zset, k -> lettuce.zmpop(ZPopArgs.Builder.min(), all(k)));
        lettuce("BZMPOP", this::zset, k -> lettuce.bzmpop(1, ZPopArgs.Builder.min(), all(k)));
        lettuce("BZPOPMIN", this::zset, k -> lettuce.bzpopmin(1, all(k)));
        lettuce("BZPOPMAX", this::zset, k -> lettuce.bzpopmax(1, all(k)));
        lettuce("LMOVE", this::list, k -> lettuce.lmove(k.get(0), k.get(1), LMoveArgs.Builder.leftRight()));
        lettuce("BLMOVE", this::list, k -> lettuce.blmove(k.get(0), k.get(1), LMoveArgs.Builder.leftRight(), 1));
        lettuce("RPOPLPUSH", this::list, k -> lettuce.rpoplpush(k.get(0), k.get(1)));
        lettuce("BRPOPLPUSH", this::list, k -> lettuce.brpoplpush(1, k.get(0), k.get(1)));
        lettuce("LMPOP", this::list, k -> lettuce.lmpop(LMPopArgs.Builder.left(), all(k)));
        lettuce("BLMPOP", this::list, k -> lettuce.blmpop(1, LMPopArgs.Builder.left(), all(k)));
        lettuce("BLPOP", this::list, k -> lettuce.blpop(1, all(k)));
        lettuce("BRPOP", this::list, k -> lettuce.brpop(1, all(k)));
        lettuce("PFCOUNT", this::hll, k -> lettuce.pfcount(all(k)));
        lettuce("PFMERGE", this::hll, k -> lettuce.pfmerge(k.get(0), rest(k)));
        lettuce("BITOP", this::string, k -> lettuce.bitopAnd(k.get(0), rest(k)));
        lettuce("GEOSEARCHSTORE", this::geo, k -> lettuce.geosearchstore(k.get(0), k.get(1), GeoSearch.fromMember("member"),
                GeoSearch.byRadius(100, GeoArgs.Unit.km), new GeoArgs(), false));
        lettuce("GEORADIUS_STORE", this::geo, k -> lettuce.georadius(k.get(0), 13.4, 52.5, 100, GeoArgs.Unit.km,
                GeoRadiusStoreArgs.Builder.store(k.get(1))));
        lettuce("GEORADIUSBYMEMBER_STORE", this::geo, k -> lettuce.georadiusbymember(k.get(0), "member", 100,
                GeoArgs.Unit.km, GeoRadiusStoreArgs.Builder.store(k.get(1))));
        lettuce("XREAD", this::stream, k -> lettuce.xread(k.stream().map(key -> XReadArgs.StreamOffset.from(key, "0"))
                .toArray(XReadArgs.StreamOffset[]::new)));
        lettuce("XREADGROUP", this::stream, k -> lettuce.xreadgroup(io.lettuce.core.Consumer.from("group", "consumer"),
                k.stream().map(XReadArgs.StreamOffset::lastConsumed).toArray(XReadArgs.StreamOffset[]::new)));
        lettuce("EVAL", this::nothing, k -> lettuce.eval(SCRIPT, ScriptOutputType.INTEGER, all(k)));
        lettuce("EVALSHA", this::nothing, k -> lettuce.evalsha(SCRIPT_SHA, ScriptOutputType.INTEGER, all(k)));
        lettuce("EVAL_RO", this::nothing, k -> lettuce.evalReadOnly(SCRIPT.getBytes(), ScriptOutputType.INTEGER, all(k)));
        lettuce("EVALSHA_RO", this::nothing, k -> lettuce.evalshaReadOnly(SCRIPT_SHA, ScriptOutputType.INTEGER, all(k)));
        lettuce("FCALL", this::nothing, k -> lettuce.fcall("slotlint_one", ScriptOutputType.INTEGER, all(k)));
        lettuce("FCALL_RO", this::nothing, k -> lettuce.fcallReadOnly("slotlint_one", ScriptOutputType.INTEGER, all(k)));
    }
}

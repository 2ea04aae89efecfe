package dev.slotlint.script;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LuaScriptsTest {

    @Test
    void keysFromKeysAreDeclaredKeysBuiltInTheScriptAreNot() {
        LuaScripts.Analysis analysis = LuaScripts.analyse("""
                local counter = KEYS[1]
                local lock = 'lock:' .. ARGV[1]
                redis.call('INCR', counter)
                if redis.call('SET', lock, '1', 'NX', 'PX', 1000) then
                  redis.call('DEL', KEYS[2], 'stale:' .. ARGV[2])
                end
                redis.pcall('HSET', string.format('user:%s', ARGV[3]), 'seen', 1)
                for _, key in ipairs(KEYS) do
                  redis.call('EXPIRE', key, 60)
                end
                redis.call('GET', derived(KEYS[1]))
                redis.call('PUBLISH', 'channel', 'message')
                return 1
                """);
        assertEquals(null, analysis.error());
        assertEquals(List.of(
                "INCR counter = KEYS[1] DECLARED 3",
                "SET lock = 'lock:' .. ARGV[1] BUILT 4",
                "DEL KEYS[2] DECLARED 5",
                "DEL 'stale:' .. ARGV[2] BUILT 5",
                "HSET string.format('user:%s', ARGV[3]) BUILT 7",
                "EXPIRE key DECLARED 9",
                "GET derived(KEYS[1]) UNKNOWN 11"),
                analysis.keys().stream().map(k -> k.command() + " " + k.expression() + " " + k.origin() + " "
                        + k.line()).toList());
        assertEquals("redis.call('DEL', KEYS[2], 'stale:' .. ARGV[2])", analysis.keys().get(3).lineText());
    }

    @Test
    void keysTakenFromDataOrJoinedFromADeclaredKeyAreNotDeclared() {
        LuaScripts.Analysis analysis = LuaScripts.analyse("""
                for _, member in ipairs(redis.call('SMEMBERS', KEYS[1])) do
                  redis.call('DEL', member)
                end
                local owner = redis.call('HGET', KEYS[2], 'owner')
                redis.call('SADD', owner, ARGV[1])
                redis.call('SET', KEYS[1] .. ':lock', '1')
                for q in KEYS[3]:gmatch('([^,]+)') do
                  redis.call('LPOP', 'queue:' .. q)
                end
                local replies = redis.call('ZRANGE', KEYS[1], 0, 0)
                redis.call('GET', replies[1])
                redis.call('GET', KEYS[3])
                """);
        assertEquals(null, analysis.error());
        assertEquals(List.of(
                "SMEMBERS KEYS[1] DECLARED 1",
                "DEL member DATA 2",
                "HGET KEYS[2] DECLARED 4",
                "SADD owner = redis.call('HGET', KEYS[2], 'owner') DATA 5",
                "SET KEYS[1] .. ':lock' BUILT 6",
                "LPOP 'queue:' .. q DATA 8",
                "ZRANGE KEYS[1] DECLARED 10",
                "GET replies[1] DATA 11",
                "GET KEYS[3] DECLARED 12"),
                analysis.keys().stream().map(k -> k.command() + " " + k.expression() + " " + k.origin() + " "
                        + k.line()).toList());
        assertEquals(List.of("member", "owner = redis.call('HGET', KEYS[2], 'owner')", "KEYS[1] .. ':lock'",
                "'queue:' .. q", "replies[1]"), analysis.built().stream().map(LuaScripts.ScriptKey::expression).toList());
    }

    @Test
    void aBrokenScriptIsReportedNotThrown() {
        LuaScripts.Analysis analysis = LuaScripts.analyse("redis.call('GET', KEYS[1]\nreturn");
        assertNotNull(analysis.error());
        assertTrue(analysis.keys().isEmpty());
    }
}

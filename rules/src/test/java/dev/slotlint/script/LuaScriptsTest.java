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
    void aBrokenScriptIsReportedNotThrown() {
        LuaScripts.Analysis analysis = LuaScripts.analyse("redis.call('GET', KEYS[1]\nreturn");
        assertNotNull(analysis.error());
        assertTrue(analysis.keys().isEmpty());
    }
}

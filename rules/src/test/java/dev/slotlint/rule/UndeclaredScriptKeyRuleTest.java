package dev.slotlint.rule;

import dev.slotlint.AnalysisResult;
import dev.slotlint.client.Library;
import dev.slotlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UndeclaredScriptKeyRuleTest {

    @Test
    void scriptsFromLiteralsConstantsTextBlocksAndResources() {
        AnalysisResult result = RuleTester.of(new UndeclaredScriptKeyRule(), new CrossSlotRule())
                .settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0"))
                .config("src/main/resources/scripts/release.lua", """
                        if redis.call('GET', KEYS[1]) == ARGV[1] then
                          redis.call('DEL', KEYS[1])
                          redis.call('DEL', 'owner:' .. ARGV[1])
                        end
                        """)
                .source("Locks.java", """
                        import java.nio.file.Files;
                        import java.nio.file.Path;
                        import java.util.List;
                        import redis.clients.jedis.JedisCluster;

                        class Locks {
                            private static final String ACQUIRE = \"""
                                    local ok = redis.call('SET', KEYS[1], ARGV[1], 'NX')
                                    redis.call('INCR', 'locks:taken')
                                    return ok
                                    \""";

                            void run(JedisCluster redis, String owner) throws Exception {
                                // expect: UndeclaredScriptKey ERROR: EVAL script touches key 'locks:taken' (script line 2: redis.call('INCR', 'locks:taken')) that is not passed in KEYS
                                redis.eval(ACQUIRE, 1, "{lock}:orders", owner);
                                redis.eval("return redis.call('GET', KEYS[1])", 1, "{lock}:orders");
                                // expect: UndeclaredScriptKey ERROR: touches key 'owner:' .. ARGV[1] (script line 3: redis.call('DEL', 'owner:' .. ARGV[1]))
                                redis.eval(Files.readString(Path.of("src/main/resources/scripts/release.lua")),
                                        List.of("{lock}:orders"), List.of(owner));
                                // expect: UndeclaredScriptKey ERROR: touches key 'owner:' .. ARGV[1]
                                redis.eval(new String(getClass().getResourceAsStream("/scripts/release.lua").readAllBytes()),
                                        List.of("{lock}:orders"), List.of(owner));
                                // expect: CrossSlot ERROR: EVAL keys "a" (slot 15495) and "b" (slot 3300)
                                redis.eval("return redis.call('MGET', KEYS[1], KEYS[2])", 2, "a", "b");
                                redis.eval("return redis.call('GET', KEYS[1]", 1, "broken");
                            }
                        }
                        """).check();
        assertEquals(1, result.problems().size());
        assertEquals("Locks.java", result.problems().get(0).location().file().toString());
        assertEquals(25, result.problems().get(0).location().line());
    }
}

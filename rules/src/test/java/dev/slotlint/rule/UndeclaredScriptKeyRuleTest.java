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

    @Test
    void springScriptObjectsCarryTheirScriptToExecute() {
        RuleTester.of(new UndeclaredScriptKeyRule())
                .settings(s -> s.withLibraryVersion(Library.SPRING, "3.2.0"))
                .config("src/main/resources/lua/limit.lua", """
                        local current = redis.call('INCR', KEYS[1])
                        redis.call('SET', 'limit:last', ARGV[1])
                        return current
                        """)
                .config("src/main/resources/application.yml", """
                        spring.data.redis.cluster.nodes: redis-1:7000,redis-2:7001,redis-3:7002
                        """)
                .source("Limits.java", """
                        import java.util.List;
                        import org.springframework.core.io.ClassPathResource;
                        import org.springframework.data.redis.core.StringRedisTemplate;
                        import org.springframework.data.redis.core.script.DefaultRedisScript;
                        import org.springframework.data.redis.core.script.RedisScript;
                        import org.springframework.scripting.support.ResourceScriptSource;

                        class Limits {
                            static final String AUDIT = "redis.call('SET', 'audit:' .. ARGV[1], '1') return 1";
                            static final RedisScript<Long> OF = RedisScript.of(AUDIT, Long.class);
                            private StringRedisTemplate template;

                            void run(String user) {
                                // expect: UndeclaredScriptKey ERROR: EVAL (via StringRedisTemplate.execute) script touches key 'audit:' .. ARGV[1] (script line 1
                                template.execute(OF, List.of("{u}:1"), user);
                                // expect: UndeclaredScriptKey ERROR: script touches key 'audit:' .. ARGV[1]
                                template.execute(new DefaultRedisScript<>(AUDIT, Long.class), List.of("{u}:1"), user);
                                DefaultRedisScript<Long> text = new DefaultRedisScript<>();
                                text.setScriptText(AUDIT);
                                text.setResultType(Long.class);
                                // expect: UndeclaredScriptKey ERROR: script touches key 'audit:' .. ARGV[1]
                                template.execute(text, List.of("{u}:1"), user);
                                DefaultRedisScript<Long> located = new DefaultRedisScript<>();
                                located.setLocation(new ClassPathResource("lua/limit.lua"));
                                // expect: UndeclaredScriptKey ERROR: script touches key 'limit:last' (script line 2: redis.call('SET', 'limit:last', ARGV[1]))
                                template.execute(located, List.of("{u}:1"), user);
                                DefaultRedisScript<Long> sourced = new DefaultRedisScript<>();
                                sourced.setScriptSource(new ResourceScriptSource(new ClassPathResource("lua/limit.lua")));
                                // expect: UndeclaredScriptKey ERROR: script touches key 'limit:last'
                                template.execute(sourced, List.of("{u}:1"), user);
                                template.execute(RedisScript.of("return redis.call('GET', KEYS[1])", String.class),
                                        List.of("{u}:1"));
                            }
                        }
                        """).check();
    }

    @Test
    void aLoadedScriptIsReadWhereItsShaIsRunAndKeysFromDataAreNotDeclared() {
        AnalysisResult result = RuleTester.of(new UndeclaredScriptKeyRule())
                .settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0"))
                .source("Sweeper.java", """
                        import java.util.concurrent.atomic.AtomicReference;
                        import redis.clients.jedis.JedisCluster;

                        class Sweeper {
                            static final String SWEEP = \"""
                                    for _, key in ipairs(redis.call('SMEMBERS', KEYS[1])) do
                                      redis.call('DEL', key)
                                    end
                                    \""";
                            private final AtomicReference<String> sweepSha = new AtomicReference<>(null);
                            private JedisCluster cluster;

                            void load() {
                                sweepSha.set(cluster.scriptLoad(SWEEP, "{jobs}"));
                            }

                            void sweep() {
                                // expect: UndeclaredScriptKey ERROR: EVALSHA script touches key key (script line 2: redis.call('DEL', key)) that it takes from data (a reply of Redis, or text split apart), not from KEYS
                                cluster.evalsha(this.sweepSha.get(), 1, "{jobs}");
                                String sha = cluster.scriptLoad(SWEEP, "{jobs}");
                                // expect: UndeclaredScriptKey ERROR: EVALSHA script touches key key
                                cluster.evalsha(sha, 1, "{jobs}");
                                cluster.evalsha("e0e1f9fabfc9d4800c877a703b823ac0578ff8db", 1, "{jobs}");
                            }
                        }
                        """).check();
        assertEquals(java.util.List.of(), result.problems(), "a SHA written out is no script to parse");
    }
}

package dev.slotlint.rule;

import dev.slotlint.client.Library;
import dev.slotlint.testing.RuleTester;
import dev.slotlint.topology.TopologySetting;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * A transaction runs on a cluster only when every key its queued commands touch shares one slot: on a standalone
 * client that is a finding once the project moves to a cluster (clusterReady), at the {@code multi()} line.
 */
class TransactionTest {

    private static RuleTester clusterReady() {
        return RuleTester.of(new CrossSlotRule())
                .settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0").withLibraryVersion(Library.LETTUCE, "6.3.2")
                        .withTopology(TopologySetting.AUTO, List.of(), true));
    }

    private static final String JOBS = """
            import redis.clients.jedis.Jedis;
            import redis.clients.jedis.JedisPool;
            import redis.clients.jedis.Transaction;

            class Jobs {
                private final JedisPool pool = new JedisPool("localhost", 6379);

                void save(String id) {
                    %s
                    try (Jedis jedis = pool.getResource(); Transaction t = jedis.multi()) {
                        t.hset("job:" + id, "state", "new");
                        t.zadd("queue:jobs", 1, id);
                        index(t, id);
                        t.exec();
                    }
                }

                void saveTagged(String id) {
                    try (Jedis jedis = pool.getResource(); Transaction t = jedis.multi()) {
                        t.hset("{job:" + id + "}:data", "state", "new");
                        t.set("{job:" + id + "}:version", "1");
                        t.exec();
                    }
                }

                private void index(Transaction transaction, String id) {
                    transaction.sadd("jobs:all", id);
                }
            }
            """;

    @Test
    void queuedCommandsOfSeveralSlotsAreFoundAtMultiWithClusterReady() {
        clusterReady().source("Jobs.java", JOBS.formatted("// expect: CrossSlot ERROR: MULTI on Jedis 5.2.0 queues"
                        + " HSET, ZADD, SADD before EXEC; their keys \"job:\" + ‹id› (no hash tag), \"queue:jobs\" (slot"
                        + " 10197) and \"jobs:all\" (slot 2383) hash to different slots: EXEC answers \"CROSSSLOT Keys in"
                        + " request don't hash to the same slot\""))
                .check();
    }

    @Test
    void onAStandaloneProjectTheTransactionRunsAsWritten() {
        RuleTester.of(new CrossSlotRule()).settings(s -> s.withLibraryVersion(Library.JEDIS, "5.2.0"))
                .source("Jobs.java", JOBS.formatted("")).check();
    }

    @Test
    void lettuceQueuesOnTheConnectionItselfUntilExec() {
        clusterReady().source("Orders.java", """
                import io.lettuce.core.api.sync.RedisCommands;

                class Orders {
                    private RedisCommands<String, String> commands;

                    void place(String id) {
                        // expect: CrossSlot ERROR: MULTI on RedisCommands 6.3.2 queues SET, SADD before EXEC; their keys "order:1" (slot 
                        commands.multi();
                        commands.set("order:1", id);
                        commands.sadd("orders:open", "1");
                        commands.exec();
                        commands.get("order:2");
                    }

                    void tagged(String id) {
                        commands.multi();
                        commands.set("{order:" + id + "}:data", "x");
                        commands.sadd("{order:" + id + "}:lines", "1");
                        commands.exec();
                    }
                }
                """).check();
    }

    private static final String QUEUES = """
            import redis.clients.jedis.Jedis;
            import redis.clients.jedis.Transaction;

            import java.util.Arrays;
            import java.util.LinkedList;
            import java.util.List;

            abstract class Queues {
                static String key(String namespace, String... parts) {
                    return key(namespace, Arrays.asList(parts));
                }

                static String key(String namespace, Iterable<String> parts) {
                    List<String> list = new LinkedList<String>();
                    if (!"".equals(namespace)) {
                        list.add(namespace);
                    }
                    for (String part : parts) {
                        list.add(part);
                    }
                    return join(":", list);
                }

                static String join(String separator, Iterable<String> texts) {
                    StringBuilder buffer = new StringBuilder();
                    String prefix = "";
                    for (String text : texts) {
                        buffer.append(prefix).append(text);
                        prefix = separator;
                    }
                    return buffer.toString();
                }

                public static void scheduleEvery(Jedis jedis, String namespace, String queue, String job, long every) {
                    String queueKey = key(namespace, "queue", queue);
                    String everyKey = key(queueKey, "every");
                    Transaction transaction = jedis.multi();
                    transaction.zadd(queueKey, 1, job);
                    transaction.hset(everyKey, job, String.valueOf(every));
                    transaction.exec();
                }

                public static void scheduleTagged(Jedis jedis, String namespace, String queue, String job) {
                    Transaction transaction = jedis.multi();
                    transaction.zadd(namespace + ":{" + queue + "}", 1, job);
                    transaction.hset(namespace + ":{" + queue + "}:every", job, "1");
                    transaction.exec();
                }
            }
            """;

    @Test
    void aHelperWhoseKeysComeFromItsParametersIsJudgedAtEachCaller() {
        clusterReady().source("Queues.java", QUEUES).source("Client.java", """
                import redis.clients.jedis.Jedis;

                class Client extends Queues {
                    private final Jedis jedis = new Jedis("localhost", 6379);
                    private String namespace = "resque";

                    void every(String queue, String job) {
                        // expect: CrossSlot WARNING: MULTI on Jedis 5.2.0 (via Queues.scheduleEvery) queues ZADD, HSET before EXEC; their keys "resque:queue:" + ‹queue› (no hash tag) and "resque:queue:" + ‹queue› + ":every" (no hash tag) share no hash tag
                        scheduleEvery(jedis, namespace, queue, job, 60);
                        scheduleTagged(jedis, namespace, queue, job);
                    }
                }
                """).source("Pooled.java", """
                import redis.clients.jedis.Jedis;

                class Pooled {
                    void every(Jedis jedis, String queue) {
                        // expect: CrossSlot WARNING: MULTI on Jedis 5.2.0 (via Queues.scheduleEvery) queues ZADD, HSET before EXEC; their keys "jobs:queue:" + ‹queue› (no hash tag) and "jobs:queue:" + ‹queue› + ":every" (no hash tag) share no hash tag
                        Queues.scheduleEvery(jedis, "jobs", queue, "{}", 60);
                        // a namespace the caller does not know either: nothing to tell
                        Queues.scheduleEvery(jedis, System.getenv("NS"), queue, "{}", 60);
                    }
                }
                """).check();
    }
}

package dev.slotlint.slot;

import dev.slotlint.testing.RedisCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.Response;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Our slots against {@code CLUSTER KEYSLOT} of a real cluster-enabled Redis, for thousands of random keys. */
class HashSlotAgainstRedisTest {

    private static final int KEYS_PER_KIND = 4_000;
    private static RedisCluster redis;

    @BeforeAll
    static void startRedis() {
        String unavailable = RedisCluster.unavailableReason();
        Assumptions.assumeTrue(unavailable == null, unavailable);
        redis = RedisCluster.start(1);
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void everyRandomKeyGetsRedisSlot() {
        Random random = new Random(16384);
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < KEYS_PER_KIND; i++) {
            keys.add(asciiKey(random).getBytes(StandardCharsets.UTF_8));
            keys.add(unicodeKey(random).getBytes(StandardCharsets.UTF_8));
            keys.add(rawBytes(random));
        }
        List<Response<Object>> answers = new ArrayList<>();
        try (Jedis node = redis.node(0)) {
            Pipeline pipeline = node.pipelined();
            for (byte[] key : keys) {
                answers.add(pipeline.sendCommand(Protocol.Command.CLUSTER,
                        "KEYSLOT".getBytes(StandardCharsets.US_ASCII), key));
            }
            pipeline.sync();
        }
        int mismatches = 0;
        StringBuilder examples = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            long expected = (Long) answers.get(i).get();
            int actual = HashSlot.of(keys.get(i));
            if (expected != actual) {
                mismatches++;
                if (examples.length() < 500) {
                    examples.append(new String(keys.get(i), StandardCharsets.UTF_8))
                            .append(" redis=").append(expected).append(" ours=").append(actual).append('\n');
                }
            }
        }
        System.out.printf("CLUSTER KEYSLOT compared for %d keys: %d mismatches%n", keys.size(), mismatches);
        assertEquals(0, mismatches, examples.toString());
    }

    @Test
    void stringKeysHashTheirUtf8Bytes() {
        Random random = new Random(7);
        try (Jedis node = redis.node(0)) {
            for (int i = 0; i < 200; i++) {
                String key = unicodeKey(random);
                assertEquals(node.clusterKeySlot(key), HashSlot.of(key), key);
            }
        }
    }

    /** Printable ASCII with many braces, so that tags of every shape appear. */
    private static String asciiKey(Random random) {
        String alphabet = "{}{}{}abcxyz:0123456789_-. ";
        StringBuilder key = new StringBuilder();
        int length = random.nextInt(16);
        for (int i = 0; i < length; i++) {
            key.append(random.nextInt(4) == 0
                    ? (char) (0x20 + random.nextInt(0x5f))
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return key.toString();
    }

    /** Mixes braces with 2-, 3- and 4-byte UTF-8 characters. */
    private static String unicodeKey(Random random) {
        StringBuilder key = new StringBuilder();
        int length = 1 + random.nextInt(10);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0 -> key.append(random.nextBoolean() ? '{' : '}');
                case 1 -> key.appendCodePoint(0x00a0 + random.nextInt(0x0700));
                case 2 -> key.appendCodePoint(0x3040 + random.nextInt(0x6000));
                case 3 -> key.appendCodePoint(0x1f300 + random.nextInt(0x0300));
                default -> key.append((char) ('a' + random.nextInt(26)));
            }
        }
        return key.toString();
    }

    private static byte[] rawBytes(Random random) {
        byte[] key = new byte[1 + random.nextInt(12)];
        random.nextBytes(key);
        for (int i = 0; i < key.length; i++) {
            if (random.nextInt(5) == 0) {
                key[i] = (byte) (random.nextBoolean() ? '{' : '}');
            }
        }
        return key;
    }
}

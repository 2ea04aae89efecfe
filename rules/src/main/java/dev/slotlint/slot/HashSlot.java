package dev.slotlint.slot;

import java.nio.charset.StandardCharsets;

/**
 * The Redis Cluster hash slot of a key, computed exactly as Redis' {@code keyHashSlot} in {@code src/cluster.c}:
 * CRC16-XMODEM over the key's bytes, masked to 16,384 slots, hashing only the hash tag when the key has one.
 */
public final class HashSlot {

    /** Number of hash slots in a Redis Cluster. */
    public static final int SLOTS = 16384;

    private static final int[] CRC16_TABLE = crc16Table();

    private HashSlot() {
    }

    /** The slot of a key given as Java text, hashed over its UTF-8 bytes like every Redis client does. */
    public static int of(String key) {
        return of(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The slot of a raw {@code byte[]} key. */
    public static int of(byte[] key) {
        int start = 0;
        int end = key.length;
        int open = indexOf(key, (byte) '{', 0);
        if (open >= 0) {
            int close = indexOf(key, (byte) '}', open + 1);
            if (close > open + 1) {
                start = open + 1;
                end = close;
            }
        }
        return crc16(key, start, end) & (SLOTS - 1);
    }

    /**
     * The hash tag Redis would hash for this key: the text between the first '{' and the first '}' after it,
     * when that text is not empty; otherwise {@code null}, meaning the whole key is hashed.
     */
    public static String hashTag(String key) {
        int open = key.indexOf('{');
        if (open < 0) {
            return null;
        }
        int close = key.indexOf('}', open + 1);
        return close > open + 1 ? key.substring(open + 1, close) : null;
    }

    /** CRC16-CCITT in its XMODEM form: polynomial 0x1021, initial value 0, no reflection, no final xor. */
    static int crc16(byte[] bytes, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc = ((crc << 8) ^ CRC16_TABLE[((crc >>> 8) ^ bytes[i]) & 0xff]) & 0xffff;
        }
        return crc;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int[] crc16Table() {
        int[] table = new int[256];
        for (int b = 0; b < 256; b++) {
            int crc = b << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            table[b] = crc & 0xffff;
        }
        return table;
    }
}

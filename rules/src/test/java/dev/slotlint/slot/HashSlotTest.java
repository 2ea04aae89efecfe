package dev.slotlint.slot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HashSlotTest {

    /** Each expected slot is what {@code CLUSTER KEYSLOT} answered on Redis 6.2 for that key. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "123456789        | 12739",
            "user:101         | 13437",
            "{user:101}:name  | 13437",
            "a                | 15495",
            "b                | 3300",
            "user:102         | 1054",
            "foo              | 12182",
            "bar              | 5061",
            "{user1000}.following | 3443",
            "{user1000}.followers | 3443",
            // an empty tag hashes the whole key
            "{}               | 15257",
            "'{}a'            | 10875",
            // only the first tag counts
            "{a}{b}           | 15495",
            // an unclosed brace hashes the whole key
            "a{b              | 13340",
            // the first '}' after the first '{' closes the tag, even if another '{' comes between
            "{a{b}c           | 13340",
            "x{}{a}           | 15756",
            "ключ             | 10303",
            "{日本}:x          | 10949",
            "''               | 0",
    })
    void slotsMatchWhatRedisAnswered(String key, int slot) {
        assertEquals(slot, HashSlot.of(key));
    }

    @Test
    void hashesUtf8BytesOfMultiByteKeys() {
        assertEquals(HashSlot.of("ключ".getBytes(StandardCharsets.UTF_8)), HashSlot.of("ключ"));
        assertEquals(HashSlot.of("日本"), HashSlot.of("{日本}:x"));
        assertEquals(HashSlot.of("🔑"), HashSlot.of("a{🔑}"));
    }

    @Test
    void crc16IsXmodem() {
        assertEquals(0x31C3, HashSlot.crc16("123456789".getBytes(StandardCharsets.US_ASCII), 0, 9));
    }

    @Test
    void hashTagFollowsRedisRule() {
        assertEquals("user:101", HashSlot.hashTag("{user:101}:name"));
        assertEquals("a", HashSlot.hashTag("{a}{b}"));
        assertNull(HashSlot.hashTag("{}{b}"));
        assertNull(HashSlot.hashTag("a{b"));
        assertNull(HashSlot.hashTag("plain"));
    }
}

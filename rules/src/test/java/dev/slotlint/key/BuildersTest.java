package dev.slotlint.key;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@link Builders} model: {@code StringBuilder} and {@code StringBuffer} content. */
class BuildersTest {

    @Test
    void appendChainsGiveTheirText() {
        assertEquals("\"a\" + ‹id› + \":b7\"",
                Expressions.evaluate("new StringBuilder(\"a\").append(id).append(\":b\").append(7).toString()"));
    }

    @Test
    void aCapacityIsNoContent() {
        assertEquals("\"x\"", Expressions.evaluate("new StringBuffer(16).append('x').toString()"));
    }

    @Test
    void appendsInLaterStatementsCount() {
        assertEquals("\"p:\" + ‹id›", Expressions.evaluate(
                "StringBuilder b = new StringBuilder(); b.append(\"p:\"); b.append(id);", "b.toString()"));
    }

    @Test
    void aBuilderHandedToUnknownCodeIsUnknown() {
        assertEquals("‹b.toString()›", Expressions.evaluate(
                "StringBuilder b = new StringBuilder(\"p:\"); b.reverse();", "b.toString()"));
    }
}

package dev.slotlint.key;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link LocalFlow}: locals as they stand where they are used. */
class LocalFlowTest {

    @Test
    void aCollectionFilledOnOnePathIsNotKnownWhereItMayBeEmpty() {
        assertEquals("[…]", Expressions.evaluate(
                "List<String> keys = new ArrayList<>(); if (flag) { keys = List.of(\"a\", \"b\"); }", "keys"));
    }

    @Test
    void whereTheCodeTestedItNonEmptyThePathThatLeftItEmptyDoesNotCount() {
        assertEquals("[\"a\", \"b\"]", Expressions.evaluate(
                "List<String> keys = new ArrayList<>(); if (flag) { keys = List.of(\"a\", \"b\"); }"
                        + " if (!keys.isEmpty()) {", "keys; }"));
    }

    @Test
    void aStringHandedToAMethodKeepsItsValue() {
        assertEquals("\"queue:\" + ‹id›", Expressions.evaluate(
                "String key = \"queue:\" + id; String every = String.valueOf(key).concat(\":every\"); log(key);", "key"));
    }

    @Test
    void aBuilderHandedToAMethodMayHaveChanged() {
        assertEquals("‹key.toString()›", Expressions.evaluate(
                "StringBuilder key = new StringBuilder(\"queue:\"); fill(key);", "key.toString()"));
    }
}

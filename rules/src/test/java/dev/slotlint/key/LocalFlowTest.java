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
}

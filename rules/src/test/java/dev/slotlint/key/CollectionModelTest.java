package dev.slotlint.key;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@link CollectionModel}: arrays, collections and maps as the keys they hold. */
class CollectionModelTest {

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
            "List.of(\"a\", id) => [\"a\", ‹id›]",
            "Arrays.asList(\"a\", \"b\") => [\"a\", \"b\"]",
            "Set.copyOf(List.of(\"a\")) => [\"a\"]",
            "Collections.singletonList(\"a\") => [\"a\"]",
            "Map.of(\"k1\", 1, \"k2\", 2) => [\"k1\", \"k2\"]",
            "Map.ofEntries(Map.entry(\"a\", 1), Map.entry(id, 2)) => [\"a\", ‹id›]",
            "new ArrayList<>(List.of(\"a\", \"b\")) => [\"a\", \"b\"]",
            "new HashSet<String>() => []",
            "new ArrayList<String>(count) => []",
            "Collections.unmodifiableList(List.of(\"a\")) => [\"a\"]",
            "Objects.requireNonNull(\"k\") => \"k\"",
            "List.of(\"a\", \"b\").get(1) => \"b\"",
            "List.of(\"a\", \"b\").toArray(new String[0]) => [\"a\", \"b\"]",
            "new String[] {\"a\", id} => [\"a\", ‹id›]",
            "ids => […]",
    })
    void evaluates(String expression, String expected) {
        assertEquals(expected, Expressions.evaluate(expression));
    }
}

package dev.slotlint.key;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@link Streams} model: keys mapped and collected by streams; a star marks a key that differs per element. */
class StreamsTest {

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
            "List.of(\"a\", \"b\").stream().map(k -> \"p:\" + k).collect(Collectors.toList()) => [\"p:a\", \"p:b\"]",
            "Stream.of(\"a\", \"b\").map(String::toUpperCase).toList() => [\"A\", \"B\"]",
            "List.of(\"a\", \"b\").stream().collect(Collectors.joining(\",\")) => \"a,b\"",
            "ids.stream().map(i -> \"user:\" + i).toList() => [\"user:\" + ‹ids[i]›*]",
            "ids.stream().filter(i -> !i.isEmpty()).map(i -> \"u:\" + i).toList() => [\"u:\" + ‹ids[i]›*]",
            "IntStream.range(0, count).mapToObj(i -> \"shard:\" + i).toList() => [\"shard:\" + ‹IntStream.range(0, count)[i]›*]",
            "Stream.of(\"\", \"a\", id).filter(s -> !s.isEmpty()).collect(Collectors.joining(\":\")) => \"a:\" + ‹id›",
            "Stream.of(\"a\", id).filter(s -> s.startsWith(\"a\")).toList() => [\"a\", …]",
    })
    void evaluates(String expression, String expected) {
        assertEquals(expected, Expressions.evaluate(expression));
    }
}

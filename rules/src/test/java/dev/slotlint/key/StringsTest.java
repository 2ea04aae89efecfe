package dev.slotlint.key;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@link Strings} model: what string methods give for keys. */
class StringsTest {

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
            "String.valueOf(42) => \"42\"",
            "String.valueOf(id) => ‹id›",
            "Integer.toString(255, 16) => \"ff\"",
            "Long.toString(userId) => ‹userId›",
            "String.format(\"user:%s:%03d\", id, 7) => \"user:\" + ‹id› + \":007\"",
            "String.format(java.util.Locale.ROOT, \"%x\", 255) => \"ff\"",
            "\"%s-%s\".formatted(\"a\", \"b\") => \"a-b\"",
            "String.join(\":\", \"a\", id, \"c\") => \"a:\" + ‹id› + \":c\"",
            "String.join(\":\", List.of(\"a\", \"b\")) => \"a:b\"",
            "\"User:\".toLowerCase().concat(id) => \"user:\" + ‹id›",
            "\"  k \".trim().repeat(2) => \"kk\"",
            "\"a.b\".replace(\".\", \":\").substring(1) => \":b\"",
            "new String(\"café\".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8) => \"café\"",
            "SafeEncoder.encode(\"k:\" + id) => \"k:\" + ‹id›",
            "id.toUpperCase() => ‹id.toUpperCase()›",
            "\"\".isEmpty() ? \"empty\" : \"full\" => \"empty\"",
            "\" \".isBlank() && !\" \".isEmpty() => \"true\"",
            "id.isEmpty() ? \"empty\" : \"k:\" + id => \"k:\" + ‹id›",
            "\"user:1\".startsWith(\"user:\") => \"true\"",
    })
    void evaluates(String expression, String expected) {
        assertEquals(expected, Expressions.evaluate(expression));
    }
}

package dev.slotlint.key;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Arithmetic}: Java's operators on constants, and unknowns that keep being numbers. */
class ArithmeticTest {

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
            "1 + 2 * 3 => \"7\"",
            "7 / 2 => \"3\"",
            "7.0 / 2 => \"3.5\"",
            "1L << 40 => \"1099511627776\"",
            "-(5 % 3) => \"-2\"",
            "(char) 65 => \"A\"",
            "(int) 3.9 => \"3\"",
            "(byte) 300 => \"44\"",
            "\"n:\" + (count + 1) => \"n:\" + ‹count + 1›",
            "true && !false ? \"y\" : \"n\" => \"y\"",
            "flag ? \"a\" : \"b\" => (\"a\" | \"b\")",
            "1 / 0 => ‹1 / 0›",
            "id == null ? \"none\" : \"k:\" + id => \"k:\" + ‹id›",
            "null == null => \"true\"",
            "flag || true => ‹flag || true›",
            "true || flag => \"true\"",
            "false && flag => \"false\"",
    })
    void evaluates(String expression, String expected) {
        assertEquals(expected, Expressions.evaluate(expression));
    }
}

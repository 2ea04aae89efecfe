package dev.slotlint.key;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the evaluator does with values no key could be: it does not build them, says so at the expression, and goes
 * on with an unknown value; and what it keeps of too many alternatives.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BoundedValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
            "String.format(\"%99999999999$s\", \"x\") => formats argument 99,999,999,999 (%99999999999$s) of 1"
                    + " given, which fails at run time; treated as unknown",
            "String.format(\"%2147483647s\", \"x\") => builds a value of 2,147,483,647 characters, more than the"
                    + " 16,384 slotlint evaluates; treated as unknown",
            "String.format(\"%.999999999f\", 1.0) => builds a value of 999,999,999 characters, more than the 16,384"
                    + " slotlint evaluates; treated as unknown",
            "\"ab\".repeat(2147483647) => builds a value of 4,294,967,294 characters, more than the 16,384 slotlint"
                    + " evaluates; treated as unknown",
            "\"k\".repeat(400_000_000) => builds a value of 400,000,000 characters, more than the 16,384 slotlint"
                    + " evaluates; treated as unknown",
            "\"kk\".repeat(8_000).replace(\"k\", \"kkk\") => builds a value of 48,000 characters, more than the 16,384"
                    + " slotlint evaluates; treated as unknown",
    })
    void aValueLongerThanAnyKeyIsNotBuilt(String expression, String warning) {
        Expressions project = Expressions.in();
        assertEquals("‹" + expression + "›", project.value("", expression));
        assertEquals(List.of("shop/Caller.java:[9,16] " + warning), project.problems().stream()
                .map(p -> p.location() + " " + p.message()).toList());
    }

    @Test
    void aKeyWhoseTagComesFirstKeepsItsSlotHoweverLongItGrows() {
        Expressions project = Expressions.in();
        String value = project.value("", "\"{user}:\" + \"x\".repeat(16_000) + \"y\".repeat(1_000) + id");
        // what follows the tag is not built past the limit: it cannot change the slot
        assertTrue(value.startsWith("\"{user}:xxxx"), value);
        assertTrue(value.endsWith("xxx\" (16,007 characters) + ‹…›"), value);
        assertEquals(List.of(), project.problems());
        KeyValue kept = KeyValue.of(List.of(new Part.Text("{user}:" + "x".repeat(16_000)), KeyValue.REST));
        assertTrue(KeyDescriptions.describe(kept, UnknownParts.PLAIN).endsWith("(16,007 characters) + ‹…› (slot 5474)"));
    }

    @Test
    void aLongKeyIsShownByItsHeadItsTailItsLengthAndItsSlot() {
        String key = "user:" + "0123456789".repeat(1_000);
        String described = KeyDescriptions.describe(KeyValue.text(key), UnknownParts.PLAIN);
        assertEquals("\"" + key.substring(0, 106) + "…" + key.substring(key.length() - 40)
                + "\" (10,005 characters, slot " + dev.slotlint.slot.HashSlot.of(key) + ")", described);
        assertEquals("\"\\ud800:a\" (slot " + dev.slotlint.slot.HashSlot.of("\uD800:a") + ")",
                KeyDescriptions.describe(KeyValue.text("\uD800:a"), UnknownParts.PLAIN));
    }

    @Test
    void tooManyAlternativesKeepWhatTheyAllStartAndEndWith() {
        Symbol many = Symbol.of("many", "many");
        List<KeyValue> tagged = new java.util.ArrayList<>();
        List<KeyValue> braces = new java.util.ArrayList<>();
        for (int i = 0; i < 17; i++) {
            tagged.add(KeyValue.text("{user}:" + i + ":name"));
            braces.add(KeyValue.text("user:" + (i % 2 == 0 ? "{" + i + "}" : String.valueOf(i)) + ":name"));
        }
        assertEquals("\"{user}:\" + ‹many› + \":name\"", KeyValue.anyOf(tagged, () -> many).render());
        // braces in what differs, and no tag in what is shared: nothing can be claimed
        assertEquals("‹many›", KeyValue.anyOf(braces, () -> many).render());
        KeyValue sixteen = KeyValue.anyOf(tagged.subList(0, 16), () -> many);
        assertEquals(16, sixteen.alternatives().size());
        // 16 × 2 alternatives are too many: the side with more of them gives way
        assertEquals("(\"{user}:\" + ‹many› + \":name!\" | \"{user}:\" + ‹many› + \":name?\")", sixteen.concat(
                KeyValue.anyOf(List.of(KeyValue.text("!"), KeyValue.text("?")), () -> many), () -> many).render());
    }
}

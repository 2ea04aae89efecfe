package dev.slotlint.key;

import dev.slotlint.slot.HashSlot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Redis' hash-tag rule applied to keys that are only partly known. */
class HashingTest {

    private static final Symbol ID = Symbol.of("param:id", "id");
    private static final Symbol NUMBER = Symbol.number("param:n", "n");

    private static Hashing hashing(UnknownParts assumption, Object... parts) {
        KeyValue key = KeyValue.text("");
        for (Object part : parts) {
            key = key.concat(part instanceof Symbol s ? KeyValue.unknown(s) : KeyValue.text((String) part), () -> ID);
        }
        return key.hashings(assumption).get(0);
    }

    @Test
    void knownTextGivesTheSlot() {
        assertEquals(new Hashing.Slot(HashSlot.of("user:1"), "user:1"), hashing(UnknownParts.PLAIN, "user:1"));
        assertEquals(new Hashing.Slot(HashSlot.of("a"), "a"), hashing(UnknownParts.PLAIN, "{a}", ID));
        assertEquals(new Hashing.Slot(HashSlot.of("a"), "a"), hashing(UnknownParts.PLAIN, "x:", ID, ":{a}"));
    }

    @Test
    void unknownInsideTheTagGivesASymbolicTag() {
        assertEquals(new Hashing.Tag(List.of(new Part.Unknown(ID))), hashing(UnknownParts.PLAIN, "{", ID, "}:name"));
        assertEquals(new Hashing.Tag(List.of(new Part.Text("user:"), new Part.Unknown(ID))),
                hashing(UnknownParts.PLAIN, "{user:", ID, "}"));
    }

    @Test
    void emptyOrUnclosedTagHashesTheWholeKey() {
        assertInstanceOf(Hashing.Whole.class, hashing(UnknownParts.PLAIN, "{}", ID));
        assertInstanceOf(Hashing.Whole.class, hashing(UnknownParts.PLAIN, "a{", ID));
        assertInstanceOf(Hashing.Whole.class, hashing(UnknownParts.PLAIN, "user:", ID));
    }

    @Test
    void aLeadingUnknownMayBeAWholeKeyWithItsOwnTag() {
        assertInstanceOf(Hashing.Undecided.class, hashing(UnknownParts.PLAIN, ID, "{a}"));
        assertInstanceOf(Hashing.Undecided.class, hashing(UnknownParts.PLAIN, ID, ":suffix"));
        assertEquals(new Hashing.Slot(HashSlot.of("a"), "a"), hashing(UnknownParts.PLAIN, NUMBER, "{a}"));
    }

    @Test
    void anyAssumptionTrustsOnlyTagsOfKnownText() {
        assertInstanceOf(Hashing.Undecided.class, hashing(UnknownParts.ANY, "x:", ID, "{a}"));
        assertInstanceOf(Hashing.Undecided.class, hashing(UnknownParts.ANY, "{", ID, "}"));
        assertEquals(new Hashing.Slot(HashSlot.of("a"), "a"), hashing(UnknownParts.ANY, "{a}:", ID));
        assertEquals(new Hashing.Slot(HashSlot.of("a"), "a"), hashing(UnknownParts.ANY, NUMBER, "{a}"));
    }
}

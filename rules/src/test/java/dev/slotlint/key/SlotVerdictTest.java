package dev.slotlint.key;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The verdict on a command's keys, decided without comparing every pair, against the pair-by-pair definition: the
 * worst verdict of any two keys (and of two elements of a key built per element).
 */
class SlotVerdictTest {

    private static final Symbol ID = Symbol.of("id", "id");
    private static final Symbol OTHER = Symbol.of("other", "other");
    private static final Symbol ELEMENT = Symbol.of("element", "element").varyingPerElement();

    /** A small vocabulary of key shapes, so that random key sets often share slots, tags and unknowns. */
    private static KeyValue randomKey(Random random) {
        int alternatives = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        List<KeyValue> choices = new ArrayList<>();
        for (int i = 0; i < alternatives; i++) {
            choices.add(switch (random.nextInt(9)) {
                case 0 -> KeyValue.text("a");
                case 1 -> KeyValue.text("b");
                case 2 -> KeyValue.text("{a}:x");
                case 3 -> KeyValue.of(List.of(new Part.Text("{"), new Part.Unknown(ID), new Part.Text("}:x")));
                case 4 -> KeyValue.of(List.of(new Part.Text("{"), new Part.Unknown(OTHER), new Part.Text("}")));
                case 5 -> KeyValue.of(List.of(new Part.Text("user:"), new Part.Unknown(ID)));
                case 6 -> KeyValue.of(List.of(new Part.Text("user:"), new Part.Unknown(ELEMENT)));
                case 7 -> KeyValue.unknown(OTHER);
                default -> KeyValue.text("c");
            });
        }
        return KeyValue.anyOf(choices, () -> Symbol.of("many", "many"));
    }

    @Test
    void agreesWithComparingEveryPairOfKeys() {
        Random random = new Random(19);
        for (int round = 0; round < 20_000; round++) {
            List<KeyValue> keys = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                keys.add(randomKey(random));
            }
            for (UnknownParts assumption : UnknownParts.values()) {
                assertEquals(everyPair(keys, assumption), SlotVerdict.of(keys, assumption).kind(),
                        keys + " under " + assumption);
            }
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aHundredThousandKeysAreJudgedWithoutComparingEveryPair() {
        List<KeyValue> different = new ArrayList<>();
        List<KeyValue> tagged = new ArrayList<>();
        List<KeyValue> unknown = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            different.add(KeyValue.text("user:" + i));
            tagged.add(KeyValue.text("{user}:" + i));
            unknown.add(KeyValue.of(List.of(new Part.Text("user:" + i + ":"), new Part.Unknown(ID))));
        }
        assertEquals(SlotVerdict.Kind.DIFFERENT, SlotVerdict.of(different, UnknownParts.PLAIN).kind());
        assertEquals(SlotVerdict.Kind.SAME_OR_UNDECIDED, SlotVerdict.of(tagged, UnknownParts.PLAIN).kind());
        assertEquals(SlotVerdict.Kind.BY_CHANCE, SlotVerdict.of(unknown, UnknownParts.PLAIN).kind());
    }

    /** The verdict by definition: every pair of keys, every pair of their alternatives. */
    private static SlotVerdict.Kind everyPair(List<KeyValue> keys, UnknownParts assumption) {
        SlotVerdict.Kind worst = SlotVerdict.Kind.SAME_OR_UNDECIDED;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).variesPerElement()) {
                worst = max(worst, pair(keys.get(i), keys.get(i), true, assumption));
            }
            for (int j = i + 1; j < keys.size(); j++) {
                worst = max(worst, pair(keys.get(i), keys.get(j), false, assumption));
            }
        }
        return worst;
    }

    private static SlotVerdict.Kind pair(KeyValue left, KeyValue right, boolean otherElement,
                                         UnknownParts assumption) {
        int combinations = 0;
        int different = 0;
        boolean chance = false;
        List<Hashing> a = left.hashings(assumption);
        List<Hashing> b = right.hashings(assumption);
        for (Hashing x : a) {
            for (Hashing y : b) {
                String relation = relation(x, y, otherElement);
                if (relation.equals("undecided")) {
                    continue;
                }
                combinations++;
                different += relation.equals("different") ? 1 : 0;
                chance |= relation.equals("chance");
            }
        }
        if (different > 0) {
            return different == a.size() * b.size() ? SlotVerdict.Kind.DIFFERENT
                    : SlotVerdict.Kind.DIFFERENT_ON_SOME_PATHS;
        }
        return chance && combinations > 0 ? SlotVerdict.Kind.BY_CHANCE : SlotVerdict.Kind.SAME_OR_UNDECIDED;
    }

    private static String relation(Hashing a, Hashing b, boolean otherElement) {
        if (a instanceof Hashing.Undecided || b instanceof Hashing.Undecided) {
            return "undecided";
        }
        if (a instanceof Hashing.Slot x && b instanceof Hashing.Slot y) {
            return x.slot() == y.slot() ? "same" : "different";
        }
        List<Part> x = a instanceof Hashing.Tag t ? t.content() : a instanceof Hashing.Whole w ? w.key() : null;
        List<Part> y = b instanceof Hashing.Tag t ? t.content() : b instanceof Hashing.Whole w ? w.key() : null;
        boolean sameKind = a.getClass() == b.getClass();
        boolean same = sameKind && x.equals(y) && (!otherElement
                || x.stream().noneMatch(p -> p instanceof Part.Unknown u && u.symbol().perElement()));
        return same ? "same" : "chance";
    }

    private static SlotVerdict.Kind max(SlotVerdict.Kind a, SlotVerdict.Kind b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

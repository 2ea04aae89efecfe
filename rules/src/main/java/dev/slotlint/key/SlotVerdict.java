package dev.slotlint.key;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the keys of one command share a hash slot, decided soundly: a difference is claimed only when the code
 * proves it, a shared slot only when the hashed text (or the symbolic hash tag) is the same.
 */
public record SlotVerdict(Kind kind, List<KeyValue> keys) {

    public enum Kind {
        /** Every key that can be decided hashes to one slot, or too little is known to say anything. */
        SAME_OR_UNDECIDED,
        /** Hash tags differ in text, but at least one value is unknown: the slots match only by chance. */
        BY_CHANCE,
        /** Some branch of the code gives keys in different slots, another does not. */
        DIFFERENT_ON_SOME_PATHS,
        /** The keys hash to different slots on every path. */
        DIFFERENT
    }

    private enum Relation { SAME, CHANCE, DIFFERENT, UNDECIDED }

    /** Decides the verdict for the keys of one command. */
    public static SlotVerdict of(List<KeyValue> keys, UnknownParts assumption) {
        List<List<Hashing>> hashings = new ArrayList<>();
        for (KeyValue key : keys) {
            hashings.add(key.hashings(assumption));
        }
        Kind worst = Kind.SAME_OR_UNDECIDED;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).variesPerElement()) {
                worst = max(worst, pairKind(hashings.get(i), hashings.get(i), true));
            }
            for (int j = i + 1; j < keys.size(); j++) {
                worst = max(worst, pairKind(hashings.get(i), hashings.get(j), false));
            }
        }
        return new SlotVerdict(worst, keys);
    }

    private static Kind pairKind(List<Hashing> left, List<Hashing> right, boolean otherElement) {
        int combinations = 0;
        int different = 0;
        boolean chance = false;
        for (Hashing a : left) {
            for (Hashing b : right) {
                Relation relation = relation(a, b, otherElement);
                if (relation == Relation.UNDECIDED) {
                    continue;
                }
                combinations++;
                if (relation == Relation.DIFFERENT) {
                    different++;
                } else if (relation == Relation.CHANCE) {
                    chance = true;
                }
            }
        }
        if (different > 0) {
            return different == left.size() * right.size() ? Kind.DIFFERENT : Kind.DIFFERENT_ON_SOME_PATHS;
        }
        return chance && combinations > 0 ? Kind.BY_CHANCE : Kind.SAME_OR_UNDECIDED;
    }

    /**
     * @param otherElement true when comparing a key built per element with another element of the same collection,
     *                     where a per-element value differs between the two
     */
    private static Relation relation(Hashing a, Hashing b, boolean otherElement) {
        if (a instanceof Hashing.Undecided || b instanceof Hashing.Undecided) {
            return Relation.UNDECIDED;
        }
        if (a instanceof Hashing.Slot x && b instanceof Hashing.Slot y) {
            return x.slot() == y.slot() ? Relation.SAME : Relation.DIFFERENT;
        }
        if (a instanceof Hashing.Tag x && b instanceof Hashing.Tag y) {
            return sameParts(x.content(), y.content(), otherElement) ? Relation.SAME : Relation.CHANCE;
        }
        if (a instanceof Hashing.Whole x && b instanceof Hashing.Whole y) {
            return sameParts(x.key(), y.key(), otherElement) ? Relation.SAME : Relation.CHANCE;
        }
        return Relation.CHANCE;
    }

    private static boolean sameParts(List<Part> a, List<Part> b, boolean otherElement) {
        if (!a.equals(b)) {
            return false;
        }
        return !otherElement || a.stream().noneMatch(p -> p instanceof Part.Unknown u && u.symbol().perElement());
    }

    private static Kind max(Kind a, Kind b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

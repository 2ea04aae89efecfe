package dev.slotlint.key;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * Decides the verdict for the keys of one command: the worst verdict of any two of its keys (and of two elements
     * of a key built per element). Keys that hash alike are taken once, and the pairs of different keys are judged
     * from the slots and tags that occur rather than pair by pair, so that 100,000 keys cost no more than reading
     * them.
     */
    public static SlotVerdict of(List<KeyValue> keys, UnknownParts assumption) {
        Map<List<Hashing>, Integer> occurrences = new LinkedHashMap<>();
        Kind worst = Kind.SAME_OR_UNDECIDED;
        for (KeyValue key : keys) {
            List<Hashing> hashings = canonical(key.hashings(assumption));
            if (key.variesPerElement()) {
                worst = max(worst, pairKind(hashings, hashings, true));
            }
            occurrences.merge(hashings, 1, Integer::sum);
        }
        for (Map.Entry<List<Hashing>, Integer> hashing : occurrences.entrySet()) {
            if (hashing.getValue() > 1) {
                worst = max(worst, pairKind(hashing.getKey(), hashing.getKey(), false));
            }
        }
        return new SlotVerdict(max(worst, betweenDifferent(new ArrayList<>(occurrences.keySet()))), keys);
    }

    /** Slots compare by number only, so keys with other text but the same slot hash alike. */
    private static List<Hashing> canonical(List<Hashing> hashings) {
        List<Hashing> canonical = new ArrayList<>(hashings.size());
        for (Hashing hashing : hashings) {
            canonical.add(hashing instanceof Hashing.Slot slot ? new Hashing.Slot(slot.slot(), "") : hashing);
        }
        return canonical;
    }

    /**
     * The worst {@link #pairKind} over every two of these different hashings. Two keys can differ in slot on some
     * path exactly when two of them hold slots and more than one slot occurs among them; on every path when two hold
     * only slots, and no slot in common. Without any difference in slot, two keys meet only by chance exactly when
     * two of them decide something and more than one thing is decided among them.
     */
    private static Kind betweenDifferent(List<List<Hashing>> keys) {
        int withSlots = 0;
        Set<Integer> slots = new HashSet<>();
        int deciding = 0;
        Set<Hashing> decided = new HashSet<>();
        List<Set<Integer>> onlySlots = new ArrayList<>();
        for (List<Hashing> key : keys) {
            Set<Integer> own = new HashSet<>();
            boolean decides = false;
            boolean allSlots = true;
            for (Hashing hashing : key) {
                if (hashing instanceof Hashing.Slot slot) {
                    own.add(slot.slot());
                }
                allSlots &= hashing instanceof Hashing.Slot;
                if (!(hashing instanceof Hashing.Undecided)) {
                    decides = true;
                    decided.add(hashing);
                }
            }
            if (!own.isEmpty()) {
                withSlots++;
                slots.addAll(own);
            }
            if (decides) {
                deciding++;
            }
            if (allSlots) {
                onlySlots.add(own);
            }
        }
        if (withSlots >= 2 && slots.size() >= 2) {
            return anyDisjoint(onlySlots) ? Kind.DIFFERENT : Kind.DIFFERENT_ON_SOME_PATHS;
        }
        return deciding >= 2 && decided.size() >= 2 ? Kind.BY_CHANCE : Kind.SAME_OR_UNDECIDED;
    }

    /** Whether two of these sets of slots have none in common. */
    private static boolean anyDisjoint(List<Set<Integer>> sets) {
        List<Set<Integer>> distinct = new ArrayList<>(new LinkedHashSet<>(sets));
        if (distinct.size() < 2) {
            return false;
        }
        Set<Integer> inAll = new HashSet<>(distinct.get(0));
        Set<Integer> singles = new HashSet<>();
        for (Set<Integer> set : distinct) {
            inAll.retainAll(set);
            if (set.size() == 1) {
                singles.addAll(set);
            }
        }
        if (!inAll.isEmpty()) {
            return false;
        }
        if (singles.size() >= 2) {
            return true;
        }
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                if (java.util.Collections.disjoint(distinct.get(i), distinct.get(j))) {
                    return true;
                }
            }
        }
        return false;
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

package dev.slotlint.key;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How messages show keys: as evaluated, with the slot or hash tag Redis would use. */
public final class KeyDescriptions {

    private static final int MAX_LISTED = 6;

    private KeyDescriptions() {
    }

    /** {@code "user:101" (slot 13437)}, {@code "{" + ‹id› + "}:name" (hash tag ‹id›)} and the like. */
    public static String describe(KeyValue key, UnknownParts assumption) {
        String rendered = key.render();
        String note = hashingNote(key.hashings(assumption));
        if (rendered.endsWith(" characters)") && !note.isEmpty()) {
            // a shortened key: "kkk…kkk" (20,000 characters, slot 5)
            return rendered.substring(0, rendered.length() - 1) + ", " + note.substring(2);
        }
        return rendered + note;
    }

    /** Each distinct key described, in order: what reports list and baselines identify findings by. */
    public static List<String> each(List<KeyValue> keys, UnknownParts assumption) {
        return new LinkedHashSet<>(keys).stream().map(k -> describe(k, assumption)).toList();
    }

    /** Keys joined for a sentence: {@code a, b and c}, shortened past a handful. */
    public static String describeAll(List<KeyValue> keys, UnknownParts assumption) {
        List<String> described = new ArrayList<>();
        for (KeyValue key : new LinkedHashSet<>(keys)) {
            described.add(describe(key, assumption));
        }
        if (described.size() > MAX_LISTED) {
            int more = described.size() - MAX_LISTED;
            described = new ArrayList<>(described.subList(0, MAX_LISTED));
            described.add(more + " more");
        }
        if (described.size() == 1) {
            return described.get(0);
        }
        return String.join(", ", described.subList(0, described.size() - 1)) + " and "
                + described.get(described.size() - 1);
    }

    private static String hashingNote(List<Hashing> hashings) {
        Set<String> notes = new LinkedHashSet<>();
        for (Hashing hashing : hashings) {
            if (hashing instanceof Hashing.Slot slot) {
                notes.add("slot " + slot.slot());
            } else if (hashing instanceof Hashing.Tag tag) {
                notes.add("hash tag " + KeyValue.render(tag.content()));
            } else if (hashing instanceof Hashing.Whole) {
                notes.add("no hash tag");
            }
        }
        if (notes.isEmpty()) {
            return "";
        }
        boolean allSlots = notes.stream().allMatch(n -> n.startsWith("slot "));
        String joined = allSlots && notes.size() > 1
                ? "slot " + notes.stream().map(n -> n.substring(5)).collect(Collectors.joining(" or "))
                : String.join(" or ", notes);
        return " (" + joined + ")";
    }
}

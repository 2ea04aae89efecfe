package dev.slotlint.key;

import dev.slotlint.slot.HashSlot;

import java.util.ArrayList;
import java.util.List;

/** What Redis hashes for one alternative of a key, as far as the analysis can tell. */
public sealed interface Hashing {

    /** The hashed text is known, so the slot is too. */
    record Slot(int slot, String hashed) implements Hashing {
    }

    /** A hash tag whose content holds unknown values: keys with equal tags share a slot whatever those values are. */
    record Tag(List<Part> content) implements Hashing {
    }

    /** No hash tag: the whole key, which holds unknown values, is hashed. */
    record Whole(List<Part> key) implements Hashing {
    }

    /** The analysis cannot tell which bytes Redis hashes. */
    record Undecided() implements Hashing {
    }

    /** Applies Redis' hash-tag rule to a key made of parts, under an assumption about unknown parts. */
    static Hashing of(List<Part> parts, UnknownParts assumption) {
        if (parts.isEmpty()) {
            return new Slot(HashSlot.of(""), "");
        }
        boolean leadingUnknown = parts.get(0) instanceof Part.Unknown u && !u.symbol().plain();
        List<Part> tag = null;
        for (Part part : parts) {
            if (part instanceof Part.Unknown u) {
                if (!u.symbol().plain() && (assumption == UnknownParts.ANY || (tag == null && leadingUnknown))) {
                    return new Undecided();
                }
                if (tag != null) {
                    tag.add(part);
                }
                continue;
            }
            String text = ((Part.Text) part).text();
            int from = 0;
            if (tag == null) {
                int open = text.indexOf('{');
                if (open < 0) {
                    continue;
                }
                tag = new ArrayList<>();
                from = open + 1;
            }
            int close = text.indexOf('}', from);
            if (close < 0) {
                if (from < text.length()) {
                    tag.add(new Part.Text(text.substring(from)));
                }
                continue;
            }
            if (close > from) {
                tag.add(new Part.Text(text.substring(from, close)));
            }
            if (tag.isEmpty()) {
                break;
            }
            return tagHashing(tag);
        }
        return wholeKey(parts);
    }

    private static Hashing tagHashing(List<Part> tag) {
        if (tag.size() == 1 && tag.get(0) instanceof Part.Text t) {
            return new Slot(HashSlot.of(t.text()), t.text());
        }
        return new Tag(List.copyOf(tag));
    }

    private static Hashing wholeKey(List<Part> parts) {
        if (parts.size() == 1 && parts.get(0) instanceof Part.Text t) {
            return new Slot(HashSlot.of(t.text()), t.text());
        }
        return new Whole(parts);
    }
}

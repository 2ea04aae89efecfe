package dev.slotlint.report;

import dev.slotlint.KeyUse;
import dev.slotlint.key.Hashing;
import dev.slotlint.key.KeyValue;
import dev.slotlint.key.Part;
import dev.slotlint.key.UnknownParts;
import dev.slotlint.source.Location;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every key family the code uses: keys written the same way, unknown values shown by name
 * ({@code user:{‹id›}:cart}), with the hash tag Redis hashes, the slot when it is fixed, the commands and call sites
 * that touch the family, and the families that share a slot or a tag.
 */
public final class KeyInventory {

    /**
     * One key family.
     *
     * @param tag  what Redis hashes: the tag, {@code (whole key)} or {@code (cannot tell)}
     * @param slot the slot when the hashed text is fixed, else null
     */
    public record Family(String pattern, String tag, Integer slot, Set<String> commands, List<Location> sites) {
    }

    /** Families that land in one slot: by a fixed slot, or by the same symbolic tag. */
    public record SharedSlot(String what, List<String> families) {
    }

    private final List<Family> families;
    private final List<SharedSlot> shared;

    private KeyInventory(List<Family> families, List<SharedSlot> shared) {
        this.families = families;
        this.shared = shared;
    }

    public List<Family> families() {
        return families;
    }

    public List<SharedSlot> shared() {
        return shared;
    }

    public static KeyInventory of(List<KeyUse> uses, UnknownParts assumption) {
        Map<String, Family> byPattern = new TreeMap<>();
        for (KeyUse use : uses) {
            for (List<Part> alternative : use.key().alternatives()) {
                String pattern = pattern(alternative);
                Hashing hashing = KeyValue.of(alternative).hashings(assumption).get(0);
                Family family = byPattern.computeIfAbsent(pattern, p -> new Family(p, tag(alternative, hashing),
                        hashing instanceof Hashing.Slot slot ? slot.slot() : null, new TreeSet<>(), new ArrayList<>()));
                family.commands().add(use.command());
                if (!family.sites().contains(use.location())) {
                    family.sites().add(use.location());
                }
            }
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Family family : byPattern.values()) {
            if (family.slot() != null) {
                groups.computeIfAbsent("slot " + family.slot(), k -> new ArrayList<>()).add(family.pattern());
            } else if (!family.tag().startsWith("(")) {
                groups.computeIfAbsent("hash tag " + family.tag(), k -> new ArrayList<>()).add(family.pattern());
            }
        }
        List<SharedSlot> shared = new ArrayList<>();
        groups.forEach((what, members) -> {
            if (members.size() > 1) {
                shared.add(new SharedSlot(what, List.copyOf(members)));
            }
        });
        return new KeyInventory(List.copyOf(byPattern.values()), List.copyOf(shared));
    }

    /** A key as a reader writes its family: known text as is, unknown values as {@code ‹name›}. */
    static String pattern(List<Part> parts) {
        StringBuilder pattern = new StringBuilder();
        for (Part part : parts) {
            pattern.append(part instanceof Part.Text t ? KeyValue.shortened(t.text())
                    : ((Part.Unknown) part).symbol().toString());
        }
        return pattern.toString();
    }

    private static String tag(List<Part> key, Hashing hashing) {
        if (hashing instanceof Hashing.Tag tag) {
            return pattern(tag.content());
        }
        if (hashing instanceof Hashing.Slot slot) {
            boolean tagged = key.stream().anyMatch(p -> p instanceof Part.Text t
                    && t.text().contains("{" + slot.hashed() + "}"));
            return tagged ? KeyValue.shortened(slot.hashed()) : "(whole key)";
        }
        return hashing instanceof Hashing.Whole ? "(whole key)" : "(cannot tell)";
    }
}

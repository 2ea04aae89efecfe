package dev.slotlint.key;

import dev.slotlint.slot.HashSlot;

import java.util.ArrayList;
import java.util.List;

/** Proposes a shared hash tag for keys that must live in one slot, built from what the keys already share. */
public final class HashTagAdvice {

    private static final String SEPARATORS = ":._-/|#";

    private HashTagAdvice() {
    }

    /**
     * A key rewritten to carry a tag the others can share: the first key's own tag put on a key that lacks it
     * ({@code "{user:101}:settings"}), or a tag around what all keys share ({@code "{user}:101"}).
     */
    public static String suggest(List<KeyValue> keys) {
        List<List<Part>> firsts = keys.stream().map(k -> k.alternatives().get(0)).toList();
        List<String> texts = new ArrayList<>();
        for (KeyValue key : keys) {
            key.knownText().ifPresent(texts::add);
        }
        if (texts.size() == keys.size() && !texts.isEmpty()) {
            String tag = HashSlot.hashTag(texts.get(0));
            if (tag != null) {
                for (String other : texts) {
                    if (!tag.equals(HashSlot.hashTag(other))) {
                        return KeyValue.quote(retag(other, tag));
                    }
                }
            }
            String prefix = commonPrefix(texts);
            int cut = lastSeparator(prefix);
            if (cut > 0) {
                String first = texts.get(0);
                return KeyValue.quote("{" + first.substring(0, cut) + "}" + first.substring(cut));
            }
        }
        Symbol shared = sharedSymbol(firsts);
        if (shared != null) {
            List<Part> rewritten = new ArrayList<>();
            for (Part part : firsts.get(0)) {
                if (part instanceof Part.Unknown u && u.symbol().equals(shared)) {
                    rewritten.add(new Part.Text("{"));
                    rewritten.add(part);
                    rewritten.add(new Part.Text("}"));
                } else {
                    rewritten.add(part);
                }
            }
            return KeyValue.render(merge(rewritten));
        }
        return "\"{user123}:profile\" and \"{user123}:settings\"";
    }

    /** The key with its own tag replaced by {@code tag}, or {@code tag} put in front of it. */
    private static String retag(String key, String tag) {
        String own = HashSlot.hashTag(key);
        if (own == null) {
            return "{" + tag + "}:" + key;
        }
        int open = key.indexOf('{');
        return key.substring(0, open) + "{" + tag + "}" + key.substring(open + own.length() + 2);
    }

    private static String commonPrefix(List<String> texts) {
        String prefix = texts.get(0);
        for (String text : texts) {
            int i = 0;
            while (i < prefix.length() && i < text.length() && prefix.charAt(i) == text.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix;
    }

    private static int lastSeparator(String prefix) {
        for (int i = prefix.length() - 1; i > 0; i--) {
            if (SEPARATORS.indexOf(prefix.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Symbol sharedSymbol(List<List<Part>> keys) {
        for (Part part : keys.get(0)) {
            if (part instanceof Part.Unknown u && !u.symbol().perElement()
                    && keys.stream().allMatch(k -> k.contains(part))) {
                return u.symbol();
            }
        }
        return null;
    }

    private static List<Part> merge(List<Part> parts) {
        List<Part> merged = new ArrayList<>();
        for (Part part : parts) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1) instanceof Part.Text a
                    && part instanceof Part.Text b) {
                merged.set(merged.size() - 1, new Part.Text(a.text() + b.text()));
            } else {
                merged.add(part);
            }
        }
        return merged;
    }
}

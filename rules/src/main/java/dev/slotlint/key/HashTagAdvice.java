package dev.slotlint.key;

import dev.slotlint.slot.HashSlot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Proposes a shared hash tag for keys that must live in one slot, built from what the keys already share. */
public final class HashTagAdvice {

    private static final String SEPARATORS = ":._-/|#";
    private static final Pattern SPLIT = Pattern.compile("[" + Pattern.quote(SEPARATORS) + "]");

    private HashTagAdvice() {
    }

    /**
     * A key or tag to use, rendered as code: a key that already has a tag lends it to the others
     * ({@code "lock:{user:1}"} or {@code "{user:" + ‹id› + "}"}); otherwise a tag goes around what all keys share
     * ({@code "{user}:101"}, {@code "user:{7}"}, {@code "user:{" + ‹id› + "}"}).
     */
    public static String suggest(List<KeyValue> keys, UnknownParts assumption) {
        List<List<Part>> firsts = keys.stream().map(k -> k.alternatives().get(0)).toList();
        List<Part> tag = firstTag(keys, assumption);
        if (tag != null) {
            for (List<Part> key : firsts) {
                if (!tag.equals(tagOf(key, assumption))) {
                    String retagged = retagged(key, tag);
                    if (retagged != null) {
                        return KeyValue.quote(retagged);
                    }
                    List<Part> rewritten = wrapped(key, tag);
                    return KeyValue.render(rewritten != null ? rewritten : braced(tag));
                }
            }
        }
        List<String> texts = new ArrayList<>();
        for (KeyValue key : keys) {
            key.knownText().ifPresent(texts::add);
        }
        if (texts.size() == keys.size() && !texts.isEmpty()) {
            String first = texts.get(0);
            int cut = lastSeparator(commonPrefix(texts));
            if (cut > 0) {
                return KeyValue.quote("{" + first.substring(0, cut) + "}" + first.substring(cut));
            }
            String segment = sharedSegment(texts);
            if (segment != null) {
                int at = first.lastIndexOf(segment);
                return KeyValue.quote(first.substring(0, at) + "{" + segment + "}"
                        + first.substring(at + segment.length()));
            }
        }
        Part shared = sharedUnknown(firsts);
        if (shared != null) {
            return KeyValue.render(wrapped(firsts.get(0), List.of(shared)));
        }
        return "\"{user123}:profile\" and \"{user123}:settings\"";
    }

    private static List<Part> firstTag(List<KeyValue> keys, UnknownParts assumption) {
        for (KeyValue key : keys) {
            List<Part> tag = tagOf(key.alternatives().get(0), assumption);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    /** The parts of a key's hash tag, when it has one the analysis can see. */
    private static List<Part> tagOf(List<Part> key, UnknownParts assumption) {
        Hashing hashing = Hashing.of(key, assumption);
        if (hashing instanceof Hashing.Tag tag) {
            return tag.content();
        }
        if (hashing instanceof Hashing.Slot slot && key.stream().anyMatch(p -> p instanceof Part.Text t
                && t.text().contains("{" + slot.hashed() + "}"))) {
            return List.of(new Part.Text(slot.hashed()));
        }
        return null;
    }

    /** A fully known key whose own tag is replaced by a known {@code tag}; null when either is not known text. */
    private static String retagged(List<Part> key, List<Part> tag) {
        if (key.size() != 1 || !(key.get(0) instanceof Part.Text text) || tag.size() != 1
                || !(tag.get(0) instanceof Part.Text wanted)) {
            return null;
        }
        String own = HashSlot.hashTag(text.text());
        if (own == null) {
            return null;
        }
        int open = text.text().indexOf('{');
        return text.text().substring(0, open + 1) + wanted.text() + text.text().substring(open + 1 + own.length());
    }

    /** The key with braces around the first occurrence of {@code tag}, or null when the key does not hold it. */
    private static List<Part> wrapped(List<Part> key, List<Part> tag) {
        if (tag.size() == 1 && tag.get(0) instanceof Part.Text t) {
            for (int i = 0; i < key.size(); i++) {
                if (key.get(i) instanceof Part.Text text && text.text().contains(t.text())) {
                    int at = text.text().indexOf(t.text());
                    List<Part> parts = new ArrayList<>(key);
                    parts.set(i, new Part.Text(text.text().substring(0, at) + "{" + t.text() + "}"
                            + text.text().substring(at + t.text().length())));
                    return parts;
                }
            }
            return null;
        }
        int at = java.util.Collections.indexOfSubList(key, tag);
        if (at < 0) {
            return null;
        }
        List<Part> parts = new ArrayList<>(key.subList(0, at));
        parts.addAll(braced(tag));
        parts.addAll(key.subList(at + tag.size(), key.size()));
        return merge(parts);
    }

    private static List<Part> braced(List<Part> tag) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text("{"));
        parts.addAll(tag);
        parts.add(new Part.Text("}"));
        return merge(parts);
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

    /** The last separator-delimited part every key holds, such as the id in "user:7" and "order:7". */
    private static String sharedSegment(List<String> texts) {
        String[] segments = SPLIT.split(texts.get(0));
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i];
            if (!segment.isEmpty() && texts.stream().allMatch(t -> Arrays.asList(SPLIT.split(t)).contains(segment))) {
                return segment;
            }
        }
        return null;
    }

    private static Part sharedUnknown(List<List<Part>> keys) {
        for (Part part : keys.get(0)) {
            if (part instanceof Part.Unknown u && !u.symbol().perElement()
                    && keys.stream().allMatch(k -> k.contains(part))) {
                return part;
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

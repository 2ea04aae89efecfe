package dev.slotlint.key;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the analysis knows about a key: one or more alternatives (from ternaries and branches), each a sequence of
 * known text and unknown symbols. Immutable.
 */
public final class KeyValue {

    /** Beyond this many alternatives a value is no longer tracked precisely. */
    static final int MAX_ALTERNATIVES = 16;

    /**
     * The longest text a value may hold: longer values are not built (a key of sixteen thousand characters is
     * already far beyond any real one), so that {@code "k".repeat(400_000_000)} costs a warning, not the heap, and
     * building a key piece by piece stays cheap.
     */
    public static final int MAX_LENGTH = 16_384;

    /** The most pieces (texts and unknowns) one alternative may hold, for the same reason. */
    static final int MAX_PARTS = 1_024;

    /**
     * What follows the first {@link #MAX_LENGTH} characters of a key whose hash tag lies within them: not built,
     * since it cannot change the slot.
     */
    static final Part REST = new Part.Unknown(new Symbol("rest", "…", true, false));

    /** Texts longer than this are shown shortened, head…tail, with their length. */
    static final int SHOWN_LENGTH = 160;

    /**
     * Thrown where evaluation would build a value beyond {@link #MAX_LENGTH} or {@link #MAX_PARTS}; the evaluator
     * reports it at the expression being evaluated and goes on with an unknown value.
     */
    static final class TooLarge extends RuntimeException {

        TooLarge(String what) {
            super(what, null, false, false);
        }

        static TooLarge characters(long length) {
            return new TooLarge(String.format(java.util.Locale.ROOT, "builds a value of %,d characters, more than the"
                    + " %,d slotlint evaluates", length, MAX_LENGTH));
        }
    }

    private final List<List<Part>> alternatives;

    private KeyValue(List<List<Part>> alternatives) {
        this.alternatives = alternatives;
    }

    public static KeyValue text(String text) {
        if (text.length() > MAX_LENGTH) {
            throw TooLarge.characters(text.length());
        }
        return new KeyValue(List.of(text.isEmpty() ? List.of() : List.of(new Part.Text(text))));
    }

    /** A value with a single alternative made of these parts. */
    public static KeyValue of(List<Part> parts) {
        return new KeyValue(List.of(List.copyOf(parts)));
    }

    public static KeyValue unknown(Symbol symbol) {
        return new KeyValue(List.of(List.of(new Part.Unknown(symbol))));
    }

    /**
     * A value that is one of the given ones; past {@link #MAX_ALTERNATIVES} it keeps only what all of them share
     * (see {@link #collapsed}).
     *
     * @param ifTooMany the unknown standing for what the alternatives do not share, asked for only when needed
     */
    public static KeyValue anyOf(List<KeyValue> values, Supplier<Symbol> ifTooMany) {
        Set<List<Part>> all = new LinkedHashSet<>();
        for (KeyValue value : values) {
            all.addAll(value.alternatives);
        }
        return all.size() > MAX_ALTERNATIVES ? collapsed(List.copyOf(all), ifTooMany.get())
                : new KeyValue(List.copyOf(all));
    }

    /**
     * This value followed by {@code next}: every pairing of their alternatives.
     *
     * @param ifTooMany the unknown standing for a side's alternatives when the pairings would be too many, asked for
     *                  only then (naming an expression's value prints it)
     */
    public KeyValue concat(KeyValue next, Supplier<Symbol> ifTooMany) {
        KeyValue left = this;
        KeyValue right = next;
        if (left.alternatives.size() * right.alternatives.size() > MAX_ALTERNATIVES) {
            // the side with more alternatives gives way (to one alternative, so the product fits)
            if (left.alternatives.size() >= right.alternatives.size()) {
                left = collapsed(left.alternatives, derived(ifTooMany.get(), "left"));
            } else {
                right = collapsed(right.alternatives, derived(ifTooMany.get(), "right"));
            }
        }
        if (left.alternatives.size() == 1 && right.alternatives.size() == 1) {
            return new KeyValue(List.of(join(left.alternatives.get(0), right.alternatives.get(0))));
        }
        List<List<Part>> joined = new ArrayList<>();
        for (List<Part> a : left.alternatives) {
            for (List<Part> b : right.alternatives) {
                joined.add(join(a, b));
            }
        }
        return new KeyValue(List.copyOf(new LinkedHashSet<>(joined)));
    }

    private static Symbol derived(Symbol symbol, String side) {
        return new Symbol(symbol.id() + "#" + side, symbol.label(), false, symbol.perElement());
    }

    /**
     * Too many alternatives as one: the text and unknowns they all start and end with, and an unknown for what lies
     * between. That keeps what decides the slot in the usual case (a common prefix such as {@code "{user}:"}) while
     * staying sound: when the differing middles hold braces and the common prefix does not settle the hash tag, the
     * value becomes a fresh unknown, about which nothing is claimed.
     */
    static KeyValue collapsed(List<List<Part>> alternatives, Symbol middle) {
        if (alternatives.size() == 1) {
            return new KeyValue(alternatives);
        }
        List<Part> prefix = commonPrefix(alternatives);
        List<List<Part>> rests = new ArrayList<>();
        for (List<Part> alternative : alternatives) {
            rests.add(reversed(afterPrefix(alternative, prefix)));
        }
        List<Part> reversedSuffix = commonPrefix(rests);
        boolean bracesBetween = false;
        boolean perElement = middle.perElement();
        for (List<Part> rest : rests) {
            for (Part part : afterPrefix(rest, reversedSuffix)) {
                bracesBetween |= part instanceof Part.Text t && (t.text().indexOf('{') >= 0 || t.text().indexOf('}') >= 0);
                perElement |= part instanceof Part.Unknown u && u.symbol().perElement();
            }
        }
        if (perElement && !middle.perElement()) {
            middle = middle.varyingPerElement();
        }
        List<Part> parts = new ArrayList<>(prefix);
        parts.add(new Part.Unknown(middle));
        if (!bracesBetween) {
            parts.addAll(reversed(reversedSuffix));
        } else if (!settlesTag(prefix)) {
            return unknown(middle);
        }
        return new KeyValue(List.of(List.copyOf(parts)));
    }

    /** Whether Redis' hash tag lies wholly in these leading parts: a '{', then a '}' with something between. */
    private static boolean settlesTag(List<Part> prefix) {
        boolean open = false;
        boolean content = false;
        for (Part part : prefix) {
            if (part instanceof Part.Unknown) {
                content |= open;
                continue;
            }
            for (char c : ((Part.Text) part).text().toCharArray()) {
                if (!open) {
                    open = c == '{';
                } else if (c == '}') {
                    return content;
                } else {
                    content = true;
                }
            }
        }
        return false;
    }

    /** The parts every alternative starts with; the last, a text, may be shared only in part. */
    private static List<Part> commonPrefix(List<List<Part>> alternatives) {
        List<Part> first = alternatives.get(0);
        List<Part> common = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            Part part = first.get(i);
            boolean everywhere = true;
            for (List<Part> other : alternatives) {
                everywhere &= i < other.size() && other.get(i).equals(part);
            }
            if (everywhere) {
                common.add(part);
                continue;
            }
            if (part instanceof Part.Text text) {
                String shared = text.text();
                for (List<Part> other : alternatives) {
                    shared = i < other.size() && other.get(i) instanceof Part.Text t
                            ? shared.substring(0, sharedLength(shared, t.text())) : "";
                }
                if (!shared.isEmpty()) {
                    common.add(new Part.Text(shared));
                }
            }
            break;
        }
        return common;
    }

    private static int sharedLength(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        if (n > 0 && n < a.length() && Character.isHighSurrogate(a.charAt(n - 1))) {
            n--;
        }
        return n;
    }

    /** What follows a prefix that {@link #commonPrefix} found for this alternative among others. */
    private static List<Part> afterPrefix(List<Part> alternative, List<Part> prefix) {
        if (prefix.isEmpty()) {
            return alternative;
        }
        List<Part> rest = new ArrayList<>();
        int last = prefix.size() - 1;
        if (prefix.get(last) instanceof Part.Text shared && alternative.get(last) instanceof Part.Text own
                && own.text().length() > shared.text().length()) {
            rest.add(new Part.Text(own.text().substring(shared.text().length())));
        }
        rest.addAll(alternative.subList(prefix.size(), alternative.size()));
        return rest;
    }

    /** The parts last first, each text read backwards. */
    private static List<Part> reversed(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts.size());
        for (int i = parts.size() - 1; i >= 0; i--) {
            Part part = parts.get(i);
            out.add(part instanceof Part.Text t ? new Part.Text(new StringBuilder(t.text()).reverse().toString())
                    : part);
        }
        return out;
    }

    private static long textLength(List<Part> parts) {
        long length = 0;
        for (Part part : parts) {
            if (part instanceof Part.Text t) {
                length += t.text().length();
            }
        }
        return length;
    }

    private static List<Part> join(List<Part> left, List<Part> right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty() || left.get(left.size() - 1).equals(REST)) {
            return left;
        }
        long length = textLength(left) + textLength(right);
        if (length > MAX_LENGTH) {
            if (settlesTag(left)) {
                // what follows a complete hash tag changes no slot: the key is kept up to here
                List<Part> kept = new ArrayList<>(left);
                kept.add(REST);
                return List.copyOf(kept);
            }
            throw TooLarge.characters(length);
        }
        if (left.size() + right.size() > MAX_PARTS) {
            throw new TooLarge(String.format(java.util.Locale.ROOT, "builds a value of more than %,d pieces",
                    MAX_PARTS));
        }
        List<Part> parts = new ArrayList<>(left.size() + right.size());
        parts.addAll(left);
        Part last = parts.get(parts.size() - 1);
        Part first = right.get(0);
        if (last instanceof Part.Text a && first instanceof Part.Text b) {
            parts.set(parts.size() - 1, new Part.Text(a.text() + b.text()));
            parts.addAll(right.subList(1, right.size()));
        } else {
            parts.addAll(right);
        }
        return List.copyOf(parts);
    }

    /** Each alternative as a list of parts, adjacent texts merged. */
    public List<List<Part>> alternatives() {
        return alternatives;
    }

    /** The text of a fully known value with a single alternative. */
    public Optional<String> knownText() {
        if (alternatives.size() != 1) {
            return Optional.empty();
        }
        List<Part> parts = alternatives.get(0);
        if (parts.isEmpty()) {
            return Optional.of("");
        }
        return parts.size() == 1 && parts.get(0) instanceof Part.Text t ? Optional.of(t.text()) : Optional.empty();
    }

    /** True when nothing at all is known: a single unknown symbol. */
    public boolean isOpaque() {
        return alternatives.size() == 1 && alternatives.get(0).size() == 1
                && alternatives.get(0).get(0) instanceof Part.Unknown;
    }

    /** True when some alternative varies per element of a collection. */
    public boolean variesPerElement() {
        return alternatives.stream().flatMap(List::stream)
                .anyMatch(p -> p instanceof Part.Unknown u && u.symbol().perElement());
    }

    /** How Redis would hash each alternative. */
    public List<Hashing> hashings(UnknownParts assumption) {
        return alternatives.stream().map(parts -> Hashing.of(parts, assumption)).toList();
    }

    /** The value as a reader would write it: {@code "user:" + ‹id›}, alternatives joined by {@code |}. */
    public String render() {
        String rendered = alternatives.stream().map(KeyValue::render).collect(Collectors.joining(" | "));
        return alternatives.size() > 1 ? "(" + rendered + ")" : rendered;
    }

    static String render(List<Part> parts) {
        if (parts.isEmpty()) {
            return "\"\"";
        }
        return parts.stream()
                .map(p -> p instanceof Part.Text t ? quote(t.text()) : ((Part.Unknown) p).symbol().toString())
                .collect(Collectors.joining(" + "));
    }

    /**
     * What the value is, as opposed to how it prints: known text quoted, each unknown by its symbol's identity. Two
     * values with the same identity are the same at run time.
     */
    public String identity() {
        return alternatives.stream().map(parts -> parts.stream()
                        .map(p -> p instanceof Part.Text t ? exactly(t.text()) : "\u27e6" + ((Part.Unknown) p).symbol().id()
                                + (((Part.Unknown) p).symbol().perElement() ? "*" : "") + "\u27e7")
                        .collect(Collectors.joining("+")))
                .collect(Collectors.joining("|"));
    }

    /** The whole text, quoted: identities must tell apart texts that {@link #quote} shows alike. */
    private static String exactly(String text) {
        return escaped(new StringBuilder(text.length() + 2).append('"'), text).append('"').toString();
    }

    /**
     * Java-style quoting, so that control characters and quotes in keys stay readable on one line; a text longer
     * than {@link #SHOWN_LENGTH} is shown by its head and tail, with its length ({@code "kkk…kkk" (20,000
     * characters)}).
     */
    public static String quote(String text) {
        if (text.length() <= SHOWN_LENGTH) {
            return escaped(new StringBuilder(text.length() + 2).append('"'), text).append('"').toString();
        }
        StringBuilder out = new StringBuilder(SHOWN_LENGTH + 40).append('"');
        escaped(out, head(text)).append('…');
        return escaped(out, tail(text)).append("\" (").append(String.format(java.util.Locale.ROOT, "%,d",
                text.length())).append(" characters)").toString();
    }

    /** A long text as its head and tail, for places that show keys unquoted. */
    public static String shortened(String text) {
        return text.length() <= SHOWN_LENGTH ? text : head(text) + "…" + tail(text);
    }

    private static String head(String text) {
        int end = SHOWN_LENGTH * 2 / 3;
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end);
    }

    private static String tail(String text) {
        int start = text.length() - SHOWN_LENGTH / 4;
        return text.substring(Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start);
    }

    /**
     * Appends text with Java's escapes for what would not print as itself: control characters, line and paragraph
     * separators, the marks that reorder text on screen, non-characters and unpaired surrogates (which no UTF-8
     * report could hold).
     */
    private static StringBuilder escaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1));
                    if (paired) {
                        out.append(c).append(text.charAt(++i));
                    } else if (unprintable(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    /** Characters a report shows escaped: see {@link #escaped}. */
    public static boolean unprintable(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069 || c == 0xfeff || c == 0xfffe || c == 0xffff
                || Character.isSurrogate(c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyValue other && alternatives.equals(other.alternatives);
    }

    @Override
    public int hashCode() {
        return alternatives.hashCode();
    }

    @Override
    public String toString() {
        return render();
    }
}

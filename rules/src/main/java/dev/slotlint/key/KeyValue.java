package dev.slotlint.key;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the analysis knows about a key: one or more alternatives (from ternaries and branches), each a sequence of
 * known text and unknown symbols. Immutable.
 */
public final class KeyValue {

    /** Beyond this many alternatives a value is no longer tracked precisely. */
    static final int MAX_ALTERNATIVES = 16;

    private final List<List<Part>> alternatives;

    private KeyValue(List<List<Part>> alternatives) {
        this.alternatives = alternatives;
    }

    public static KeyValue text(String text) {
        return new KeyValue(List.of(text.isEmpty() ? List.of() : List.of(new Part.Text(text))));
    }

    /** A value with a single alternative made of these parts. */
    public static KeyValue of(List<Part> parts) {
        return new KeyValue(List.of(List.copyOf(parts)));
    }

    public static KeyValue unknown(Symbol symbol) {
        return new KeyValue(List.of(List.of(new Part.Unknown(symbol))));
    }

    /** A value that is one of the given ones; collapses to a fresh unknown past {@link #MAX_ALTERNATIVES}. */
    public static KeyValue anyOf(List<KeyValue> values, Symbol ifTooMany) {
        Set<List<Part>> all = new LinkedHashSet<>();
        for (KeyValue value : values) {
            all.addAll(value.alternatives);
        }
        return all.size() > MAX_ALTERNATIVES ? unknown(ifTooMany) : new KeyValue(List.copyOf(all));
    }

    /** This value followed by {@code next}: every pairing of their alternatives. */
    public KeyValue concat(KeyValue next, Symbol ifTooMany) {
        if (alternatives.size() * next.alternatives.size() > MAX_ALTERNATIVES) {
            return unknown(ifTooMany);
        }
        List<List<Part>> joined = new ArrayList<>();
        for (List<Part> left : alternatives) {
            for (List<Part> right : next.alternatives) {
                joined.add(join(left, right));
            }
        }
        return new KeyValue(List.copyOf(new LinkedHashSet<>(joined)));
    }

    private static List<Part> join(List<Part> left, List<Part> right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
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
                        .map(p -> p instanceof Part.Text t ? quote(t.text()) : "\u27e6" + ((Part.Unknown) p).symbol().id()
                                + (((Part.Unknown) p).symbol().perElement() ? "*" : "") + "\u27e7")
                        .collect(Collectors.joining("+")))
                .collect(Collectors.joining("|"));
    }

    /** Java-style quoting, so that control characters and quotes in keys stay readable on one line. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
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

package dev.slotlint.key;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** What evaluating one Java expression gives: a single value (text, number, ...) or a collection of keys. */
public sealed interface Value {

    /** What the value is, as opposed to how it prints; see {@link KeyValue#identity()}. */
    String identity();

    /** The Java type family of a single value, which decides how {@code +} and formatting treat it. */
    enum Kind {
        STRING, CHAR, INT, LONG, FLOAT, DOUBLE, BOOLEAN, NULL, BYTES,
        /** An object of a type that is not text: a value of another class. */
        OTHER,
        /** An object built right here or a library constant: an option, builder or enum, never a key. */
        OPTION;

        boolean isNumeric() {
            return this == INT || this == LONG || this == FLOAT || this == DOUBLE || this == CHAR;
        }

        boolean isIntegral() {
            return this == INT || this == LONG || this == CHAR;
        }
    }

    /**
     * A single value.
     *
     * @param text     its text as a key would hold it
     * @param constant the Java value when it is a compile-time-like constant (Long, Double, Character, Boolean,
     *                 String), else null
     */
    record Single(KeyValue text, Kind kind, Object constant) implements Value {

        public static Single ofString(String text) {
            return new Single(KeyValue.text(text), Kind.STRING, text);
        }

        public static Single unknown(Symbol symbol, Kind kind) {
            return new Single(KeyValue.unknown(kind.isNumeric() ? new Symbol(symbol.id(), symbol.label(), true,
                    symbol.perElement()) : symbol), kind, null);
        }

        @Override
        public String identity() {
            return text.identity() + "/" + kind + (constant == null ? "" : "=" + constant);
        }
    }

    /**
     * An array, collection or map (then its keys), as the keys it holds.
     *
     * @param exhaustive false when elements may exist that are not listed
     */
    /**
     * @param paths when the collection is one of a few that branches left ({@code ids = one ? List.of(a) : all}),
     *              each of them; the elements are then those all of them hold. Empty otherwise.
     */
    record Elements(List<KeyValue> elements, boolean exhaustive, List<Elements> paths) implements Value {

        public static final Elements UNKNOWN = new Elements(List.of(), false);

        /** How many paths a collection keeps apart, at most. */
        public static final int MAX_PATHS = 4;

        public Elements {
            elements = List.copyOf(elements);
            paths = List.copyOf(paths);
        }

        public Elements(List<KeyValue> elements, boolean exhaustive) {
            this(elements, exhaustive, List.of());
        }

        @Override
        public String identity() {
            StringBuilder out = new StringBuilder("[");
            elements.forEach(e -> out.append(e.identity()).append(','));
            out.append(exhaustive ? "]" : "…]");
            paths.forEach(path -> out.append('|').append(path.identity()));
            return out.toString();
        }

        public Elements plus(KeyValue element) {
            List<KeyValue> more = new ArrayList<>(elements);
            more.add(element);
            return new Elements(more, exhaustive, paths.stream().map(path -> path.plus(element)).toList());
        }

        /**
         * The elements with one more at {@code index} ({@code list.add(0, ns)}, {@code deque.push(k)}); unknown
         * where the index is outside what is known.
         */
        public Elements insert(int index, KeyValue element) {
            if (index < 0 || index > elements.size() || !paths.isEmpty() && index != elements.size()) {
                return index == elements.size() ? plus(element) : UNKNOWN;
            }
            List<KeyValue> more = new ArrayList<>(elements);
            more.add(index, element);
            return new Elements(more, exhaustive);
        }

        public Elements plusAll(Elements other) {
            List<KeyValue> more = new ArrayList<>(elements);
            more.addAll(other.elements);
            return new Elements(more, exhaustive && other.exhaustive, other.paths.isEmpty()
                    ? paths.stream().map(path -> path.plusAll(other)).toList() : List.of());
        }

        /** Either this or the other: the union of elements, exhaustive only if both are. */
        public Elements join(Elements other) {
            LinkedHashSet<KeyValue> union = new LinkedHashSet<>(elements);
            union.addAll(other.elements);
            return new Elements(new ArrayList<>(union), exhaustive && other.exhaustive);
        }
    }
}

package dev.slotlint.key;

/**
 * A value the analysis cannot know, with an identity: two occurrences of the same parameter, field or expression
 * are the same symbol and therefore the same text at run time.
 *
 * @param id         identity; equal ids mean equal values
 * @param label      how reports show it, e.g. {@code userId}
 * @param plain      true when the value cannot hold braces (numbers, booleans), whatever the assumption setting
 * @param perElement true when the value differs per element of a collection built in a loop or stream
 */
public record Symbol(String id, String label, boolean plain, boolean perElement) {

    public static Symbol of(String id, String label) {
        return new Symbol(id, label, false, false);
    }

    public static Symbol number(String id, String label) {
        return new Symbol(id, label, true, false);
    }

    /** The same value, but varying per element of the collection being built. */
    public Symbol varyingPerElement() {
        return new Symbol(id, label, plain, true);
    }

    /** Symbols are the same value when their identities are; how each is shown does not count. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Symbol symbol && id.equals(symbol.id) && plain == symbol.plain
                && perElement == symbol.perElement;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, plain, perElement);
    }

    @Override
    public String toString() {
        return "‹" + label + "›";
    }
}

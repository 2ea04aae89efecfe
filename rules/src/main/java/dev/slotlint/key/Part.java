package dev.slotlint.key;

/** One piece of a key: known text or an unknown value. */
public sealed interface Part {

    /** Known text. */
    record Text(String text) implements Part {
    }

    /** A value known only by its identity. */
    record Unknown(Symbol symbol) implements Part {
    }
}

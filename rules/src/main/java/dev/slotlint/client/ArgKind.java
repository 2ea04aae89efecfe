package dev.slotlint.client;

/** What kind of value an argument is, as far as binding it to a key layout needs to know. */
public enum ArgKind {
    /** Text or bytes, or a value of unknown type: may be a key. */
    KEY_LIKE,
    /** A number: a count, timeout or limit, never a key. */
    NUMBER,
    /** An array, collection or map. */
    COLLECTION,
    /** A call that wraps a key, such as {@code StreamOffset.from(key, id)} or {@code Map.entry(key, id)}. */
    WRAPPED_KEY,
    /** Any other object: options, enums, channels, lambdas. Never a key. */
    OBJECT;

    boolean mayBeKey() {
        return this == KEY_LIKE;
    }
}

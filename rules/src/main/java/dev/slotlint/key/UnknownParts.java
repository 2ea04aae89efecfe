package dev.slotlint.key;

/**
 * What slotlint assumes about the text of values it cannot know, since Redis hashes only what lies between the first
 * '{' and the first '}' after it, and an unknown value could hold either.
 */
public enum UnknownParts {

    /**
     * An unknown value that follows known text ({@code "user:" + id}) is an identifier: non-empty and free of braces.
     * An unknown value at the start of a key may be a whole key with its own hash tag, so such keys stay undecided.
     * Numbers are always free of braces. The default: it matches how keys are built in practice.
     */
    PLAIN,

    /** Any unknown value may be empty or hold braces: only hash tags made of known text decide a slot. */
    ANY
}

package dev.slotlint.client;

/**
 * What a client does when the keys of one call span slots.
 *
 * @param message what the user sees at run time (the exception or server error); for a split, how the parts run when
 *                the catalog says so for this version, else null
 * @param version the library version this was decided for, null when the project's version is unknown
 */
public record CrossSlotBehaviour(Kind kind, String message, Version version) {

    public enum Kind {
        /** The client splits the call by slot: it works, but is no longer one atomic command. */
        SPLIT,
        /** The client throws before sending anything. */
        REFUSE,
        /** The server answers CROSSSLOT. */
        SERVER
    }
}

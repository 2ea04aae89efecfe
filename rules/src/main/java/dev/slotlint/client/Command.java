package dev.slotlint.client;

import java.util.List;

/**
 * A Redis command as one library exposes it: the Java method names and, per overload shape, where the keys are.
 *
 * @param name    the Redis command, e.g. {@code MSET}
 * @param layouts candidate layouts, tried in catalog order
 */
public record Command(Library library, String name, List<String> methods, List<KeyLayout> layouts) {

    /**
     * The command's family for telling one logical call from another: scripts (EVAL, EVALSHA, their read-only
     * variants, FCALL) are one, since code runs one or the other for the same work; every other command its own.
     */
    public String family() {
        return name.startsWith("EVAL") || name.startsWith("FCALL") ? "SCRIPT" : name;
    }
}

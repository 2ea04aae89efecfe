package dev.slotlint.client;

import java.util.List;

/**
 * A Redis command as one library exposes it: the Java method names and, per overload shape, where the keys are.
 *
 * @param name    the Redis command, e.g. {@code MSET}
 * @param layouts candidate layouts, tried in catalog order
 */
public record Command(Library library, String name, List<String> methods, List<KeyLayout> layouts) {
}

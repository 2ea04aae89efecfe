package dev.slotlint.client;

import dev.slotlint.key.KeyValue;
import dev.slotlint.source.Location;

import java.util.List;

/**
 * A call of a catalogued Redis command found in the code, with its keys as evaluated.
 *
 * @param keys      every key of the call that could be evaluated, in argument order
 * @param complete  false when some key argument could not be enumerated (a collection of unknown size, say), so
 *                  {@code keys} holds only part of them
 * @param crossSlot what this client, at the project's version, does if the keys span slots
 * @param via       the project methods the keys passed through, outermost first; empty for a direct call
 */
public record CommandCall(Location location, ClientType client, Command command, String method,
                          List<KeyValue> keys, boolean complete, CrossSlotBehaviour crossSlot, List<String> via) {

    public CommandCall {
        keys = List.copyOf(keys);
        via = List.copyOf(via);
    }

    /** How messages name the call, e.g. {@code MSET}. */
    public String commandName() {
        return command.name();
    }

    /** {@code JedisCluster 5.2.0}, or just the type when the version is unknown. */
    public String clientDescription() {
        Version version = crossSlot.version();
        return client.simpleName() + (version == null ? "" : " " + version);
    }
}

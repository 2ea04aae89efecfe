package dev.slotlint.client;

import dev.slotlint.key.KeyValue;
import dev.slotlint.source.Location;

import java.util.List;

/**
 * A call of a catalogued Redis command found in the code, with its keys as evaluated.
 *
 * @param keys     every key of the call, in argument order
 * @param complete false when some key argument could not be enumerated (a collection of unknown size, say), so
 *                 {@code keys} holds only part of them
 */
public record CommandCall(Location location, ClientType client, Command command, String method,
                          List<KeyValue> keys, boolean complete) {

    public CommandCall {
        keys = List.copyOf(keys);
    }

    /** How messages name the call, e.g. {@code MSET}. */
    public String commandName() {
        return command.name();
    }
}

package dev.slotlint.client;

import dev.slotlint.key.KeyValue;
import dev.slotlint.script.LuaScripts;
import dev.slotlint.source.Location;

import java.util.List;
import java.util.Set;

/**
 * A call of a catalogued Redis command found in the code, with its keys as evaluated.
 *
 * @param keys      every key of the call that could be evaluated, in argument order
 * @param complete  false when some key argument could not be enumerated (a collection of unknown size, say), so
 *                  {@code keys} holds only part of them
 * @param crossSlot what this client, at the project's version, does if the keys span slots
 * @param via       the methods the keys pass through, outermost first, ending with the client's method
 * @param script    the keys the Lua script of an EVAL touches, when its text is known; null otherwise
 * @param arms      the arms of the branches the client call itself sits in within its method (see {@link Arms})
 * @param assumptions what evaluating the keys assumed of values the code does not fix (a setting's default)
 */
public record CommandCall(Location location, ClientType client, Command command, String method,
                          List<KeyValue> keys, boolean complete, CrossSlotBehaviour crossSlot, List<String> via,
                          LuaScripts.Analysis script, Set<String> arms, List<String> assumptions) {

    public CommandCall {
        keys = List.copyOf(keys);
        via = List.copyOf(via);
        arms = Set.copyOf(arms);
        assumptions = List.copyOf(assumptions);
    }

    /** {@code  (assuming …)} for messages, when the keys rest on assumptions; empty otherwise. */
    public String assumptionsNote() {
        return Transaction.note(assumptions);
    }

    /**
     * Whether this call and another at the same place are one call site reaching the client by two paths that never
     * both run: from different arms of one branch (EVALSHA, and EVAL in the catch; one script per case).
     */
    public boolean isAlternativeOf(CommandCall other) {
        return location.equals(other.location) && Arms.exclusive(arms, other.arms);
    }

    /** Whether the call can involve keys of more than one slot: several keys, or keys built per element. */
    public boolean hasSeveralKeys() {
        return keys.size() > 1 || keys.stream().anyMatch(KeyValue::variesPerElement);
    }

    /** How messages name the call, e.g. {@code MSET}. */
    public String commandName() {
        return command.name();
    }

    /** {@code JedisCluster 5.2.0}, or just the type when the version is unknown. */
    public String clientDescription() {
        return client.describe(crossSlot.version());
    }
}

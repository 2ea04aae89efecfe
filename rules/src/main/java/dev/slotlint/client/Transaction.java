package dev.slotlint.client;

import dev.slotlint.key.KeyValue;
import dev.slotlint.source.Location;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A transaction the code runs: {@code multi()} at {@code location}, then the commands it queues.
 *
 * @param version  the client library's version, when known
 * @param complete false when some queued command's keys could not be told
 */
public record Transaction(Location location, ClientType client, Version version, List<Queued> commands,
                          boolean complete, List<String> assumptions) {

    public Transaction {
        commands = List.copyOf(commands);
        assumptions = List.copyOf(assumptions);
    }

    /** {@code  (assuming …)} for messages, when the keys rest on assumptions; empty otherwise. */
    public String assumptionsNote() {
        return note(assumptions);
    }

    static String note(List<String> assumptions) {
        return assumptions.isEmpty() ? "" : " (assuming " + String.join("; ", assumptions) + ")";
    }

    /** One queued command: the client method and the keys it touches. */
    public record Queued(String method, List<KeyValue> keys, int line) {

        public Queued {
            keys = List.copyOf(keys);
        }
    }

    /** Every key the transaction touches, each once, in the order the commands queue them. */
    public List<KeyValue> keys() {
        LinkedHashSet<KeyValue> keys = new LinkedHashSet<>();
        commands.forEach(command -> keys.addAll(command.keys()));
        return new ArrayList<>(keys);
    }
}

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
 * @param via      the project's helper methods a caller ran the transaction through (empty: run where it is written)
 */
public record Transaction(Location location, ClientType client, Version version, List<Queued> commands,
                          boolean complete, List<String> assumptions, List<String> via) {

    public Transaction {
        commands = List.copyOf(commands);
        assumptions = List.copyOf(assumptions);
        via = List.copyOf(via);
    }

    /** {@code  (via Jobs.enqueue)} for a transaction run through a helper method, empty otherwise. */
    public String viaNote() {
        return via.isEmpty() ? "" : " (via " + String.join(" → ", via) + ")";
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

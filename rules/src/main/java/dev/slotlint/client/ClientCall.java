package dev.slotlint.client;

import dev.slotlint.key.KeyValue;
import dev.slotlint.source.Location;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Any call on a Redis client, catalogued command or not: what rules about client methods (transactions, KEYS,
 * SELECT) look at.
 *
 * @param arguments each argument's value as text, best effort; only for methods a rule reads the arguments of
 * @param options   values given to builder methods of option arguments, by method name ({@code match} of
 *                  {@code new ScanParams().match("{t}*")})
 * @param refusal   why this client refuses the method on a cluster, when the catalog says it does
 */
public record ClientCall(Location location, ClientType client, String method, Version version,
                         List<KeyValue> arguments, Map<String, KeyValue> options,
                         Optional<ClientCatalog.Unsupported> refusal) {

    public ClientCall {
        arguments = List.copyOf(arguments);
        options = Map.copyOf(options);
    }

    public String clientDescription() {
        return client.describe(version);
    }
}

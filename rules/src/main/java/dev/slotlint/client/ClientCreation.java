package dev.slotlint.client;

import dev.slotlint.source.Location;
import dev.slotlint.topology.ClientTopology;
import dev.slotlint.topology.Endpoint;
import dev.slotlint.topology.Evidence;

import java.util.List;
import java.util.Optional;

/**
 * Code that makes a Redis client, with the endpoints it is aimed at.
 *
 * @param code              the creating expression as written, shortened for messages
 * @param endpoints         the endpoints it names, in order
 * @param endpointsComplete false when some endpoints come from values the analysis cannot see
 * @param database          the database number it selects (URI path, {@code withDatabase}), or null
 * @param context           where it sits as far as the choice of mode goes
 * @param alternative       for a standalone client that is one mode's choice beside the cluster clients the code
 *                          makes, why (where the mode is chosen); null otherwise
 * @param seeds             the nodes it is given as written, when their number is known but not all their addresses
 *                          ({@code List.of(host + ":" + port)} is one node whatever {@code host} is); empty otherwise
 * @param keyless           why the client never sends a command on a key (only publishes and subscribes, is never
 *                          used, talks to the node that owns a key's slot), or null
 */
public record ClientCreation(Location location, ClientCatalog.Creation kind, String code, List<Endpoint> endpoints,
                             boolean endpointsComplete, Integer database, ModeSwitches.Context context,
                             String alternative, List<String> seeds, String keyless) {

    public ClientCreation {
        endpoints = List.copyOf(endpoints);
        seeds = List.copyOf(seeds);
    }

    /** The same creation, known to be one mode's choice for this reason. */
    public ClientCreation asAlternative(String reason) {
        return new ClientCreation(location, kind, code, endpoints, endpointsComplete, database, context, reason,
                seeds, keyless);
    }

    /** What a cluster client made here shows of the project's topology; empty for other clients. */
    public Optional<Evidence> clusterEvidence() {
        if (kind.topology() != ClientTopology.CLUSTER) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(true, location, location.file().getFileName() + ":" + location.line() + " ("
                + kind.simpleName() + ")", endpoints, true));
    }
}

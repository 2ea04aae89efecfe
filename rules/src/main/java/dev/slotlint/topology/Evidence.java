package dev.slotlint.topology;

import dev.slotlint.source.Location;

import java.util.List;

/**
 * Something in the project that shows which kind of Redis it targets.
 *
 * @param cluster true for cluster evidence, false for standalone
 * @param what    how messages cite it, e.g. {@code application.yml:6 spring.data.redis.cluster.nodes}
 * @param nodes   the endpoints it names
 * @param fromCode true when the code shows it (a client made there), false for configuration and parameters
 */
public record Evidence(boolean cluster, Location location, String what, List<Endpoint> nodes, boolean fromCode) {

    public Evidence {
        nodes = List.copyOf(nodes);
    }

    /** Evidence from configuration files or plugin parameters. */
    public Evidence(boolean cluster, Location location, String what, List<Endpoint> nodes) {
        this(cluster, location, what, nodes, false);
    }
}

package dev.slotlint.topology;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the project targets, and why.
 *
 * @param kind     the topology rules should assume
 * @param reason   one line saying where that comes from
 * @param evidence everything found, cluster and standalone
 * @param conflict a message when cluster and standalone evidence disagree and nothing decides; null otherwise
 * @param clusterReady true when the user asked to see findings as if every client ran against a cluster
 */
public record ProjectTopology(Kind kind, String reason, List<Evidence> evidence, String conflict,
                              boolean clusterReady) {

    public enum Kind { CLUSTER, STANDALONE, UNKNOWN }

    public ProjectTopology {
        evidence = List.copyOf(evidence);
    }

    public boolean isCluster() {
        return kind == Kind.CLUSTER;
    }

    /**
     * How sure a rule can be that a client of this kind runs against a cluster: surely for cluster clients (and for
     * every client with clusterReady), possibly for interfaces both kinds implement when the project targets a
     * cluster, not at all for standalone clients (StandaloneClientOnCluster reports those once, where they are
     * made). A client that takes the project's topology (Spring's templates) is on a cluster exactly when the
     * project targets one.
     */
    public Certainty onCluster(ClientTopology client) {
        if (client == ClientTopology.CLUSTER || clusterReady
                || client == ClientTopology.PROJECT && isCluster()) {
            return Certainty.SURE;
        }
        return client == ClientTopology.EITHER && isCluster() ? Certainty.POSSIBLE : Certainty.NO;
    }

    /** See {@link #onCluster}. */
    public enum Certainty { SURE, POSSIBLE, NO }

    /** Cluster evidence, for messages. */
    public List<Evidence> clusterEvidence() {
        return evidence.stream().filter(Evidence::cluster).toList();
    }

    /** Every endpoint that cluster evidence names: a standalone client aimed at one is wrong whatever else holds. */
    public Set<Endpoint> clusterEndpoints() {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        clusterEvidence().forEach(e -> endpoints.addAll(e.nodes()));
        return endpoints;
    }

    /** {@code application.yml:6 (spring.data.redis.cluster.nodes)}, the first cluster evidence, for messages. */
    public String citeCluster() {
        List<Evidence> cluster = clusterEvidence();
        return cluster.isEmpty() ? reason : cluster.get(0).what();
    }

    /** The topology from the evidence and the user's settings. */
    public static ProjectTopology decide(TopologySetting setting, boolean clusterReady, List<Evidence> evidence) {
        List<Evidence> cluster = evidence.stream().filter(Evidence::cluster).toList();
        List<Evidence> standalone = evidence.stream().filter(e -> !e.cluster()).toList();
        if (setting == TopologySetting.CLUSTER) {
            return new ProjectTopology(Kind.CLUSTER, "plugin parameter topology=cluster", evidence, null, clusterReady);
        }
        if (setting == TopologySetting.STANDALONE) {
            return new ProjectTopology(Kind.STANDALONE, "plugin parameter topology=standalone", evidence, null, false);
        }
        if (clusterReady) {
            return new ProjectTopology(Kind.CLUSTER, "plugin parameter clusterReady=true", evidence, null, true);
        }
        if (!cluster.isEmpty() && standalone.isEmpty()) {
            return new ProjectTopology(Kind.CLUSTER, cluster.get(0).what(), evidence, null, false);
        }
        if (cluster.isEmpty() && !standalone.isEmpty()) {
            return new ProjectTopology(Kind.STANDALONE, standalone.get(0).what(), evidence, null, false);
        }
        if (cluster.isEmpty()) {
            return new ProjectTopology(Kind.UNKNOWN, "no Redis configuration found", evidence, null, false);
        }
        String conflict = "conflicting topology evidence: cluster (" + cite(cluster) + ") and standalone ("
                + cite(standalone) + "); set the plugin parameter topology to cluster or standalone";
        return new ProjectTopology(Kind.UNKNOWN, "conflicting evidence", evidence, conflict, false);
    }

    private static String cite(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::what).collect(Collectors.joining(", "));
    }
}

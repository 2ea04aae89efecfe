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
 * @param modeSwitch where the code picks standalone or cluster clients by a setting, or null: then the cluster
 *                   clients it makes show what it can target, not what it targets
 */
public record ProjectTopology(Kind kind, String reason, List<Evidence> evidence, String conflict,
                              boolean clusterReady, String modeSwitch) {

    /**
     * What the project targets. {@code SWITCHABLE}: its code makes standalone and cluster clients, picking one by a
     * setting, and no configuration says which.
     */
    public enum Kind { CLUSTER, SWITCHABLE, STANDALONE, UNKNOWN }

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
     * project targets one. In a project that switches by a setting, only cluster clients surely are; interfaces
     * and templates possibly are.
     */
    public Certainty onCluster(ClientTopology client) {
        if (client == ClientTopology.CLUSTER || clusterReady
                || client == ClientTopology.PROJECT && isCluster()) {
            return Certainty.SURE;
        }
        boolean possibly = client == ClientTopology.EITHER && isCluster() || kind == Kind.SWITCHABLE
                && (client == ClientTopology.EITHER || client == ClientTopology.PROJECT);
        return possibly ? Certainty.POSSIBLE : Certainty.NO;
    }

    /** See {@link #onCluster}. */
    public enum Certainty { SURE, POSSIBLE, NO }

    /** Whether the code itself makes a cluster client: it then has a cluster path of its own. */
    public boolean codeMakesClusterClients() {
        return evidence.stream().anyMatch(e -> e.cluster() && e.fromCode());
    }

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

    /** The condition under which a client that possibly runs on a cluster does, for messages. */
    public String possibly(String client) {
        return kind == Kind.SWITCHABLE
                ? "if this " + client + " runs on the Redis Cluster the code switches to: " + reason
                : "if this " + client + " is a client of the Redis Cluster the project targets: " + citeCluster();
    }

    /** {@code application.yml:6 (spring.data.redis.cluster.nodes)}, the first cluster evidence, for messages. */
    public String citeCluster() {
        List<Evidence> cluster = clusterEvidence().stream().filter(e -> modeSwitch == null || !e.fromCode()).toList();
        return cluster.isEmpty() ? reason : cluster.get(0).what();
    }

    /** The topology from the evidence and the user's settings, for code that makes no mode switch. */
    public static ProjectTopology decide(TopologySetting setting, boolean clusterReady, List<Evidence> evidence) {
        return decide(setting, clusterReady, evidence, null);
    }

    /**
     * The topology from the evidence and the user's settings. Where the code picks its clients by a setting
     * ({@code modeSwitch}), the cluster clients it makes do not show that the project targets a cluster; only its
     * configuration does.
     */
    public static ProjectTopology decide(TopologySetting setting, boolean clusterReady, List<Evidence> evidence,
                                         String modeSwitch) {
        List<Evidence> cluster = evidence.stream().filter(Evidence::cluster)
                .filter(e -> modeSwitch == null || !e.fromCode()).toList();
        List<Evidence> standalone = evidence.stream().filter(e -> !e.cluster()).toList();
        if (setting == TopologySetting.CLUSTER) {
            return new ProjectTopology(Kind.CLUSTER, "plugin parameter topology=cluster",
                    evidence, null, clusterReady, modeSwitch);
        }
        if (setting == TopologySetting.STANDALONE) {
            return new ProjectTopology(Kind.STANDALONE, "plugin parameter topology=standalone",
                    evidence, null, false, modeSwitch);
        }
        if (clusterReady) {
            return new ProjectTopology(Kind.CLUSTER, "plugin parameter clusterReady=true",
                    evidence, null, true, modeSwitch);
        }
        if (!cluster.isEmpty() && standalone.isEmpty()) {
            return new ProjectTopology(Kind.CLUSTER, cluster.get(0).what(), evidence, null, false, modeSwitch);
        }
        if (cluster.isEmpty() && !standalone.isEmpty()) {
            return new ProjectTopology(Kind.STANDALONE, standalone.get(0).what(), evidence, null, false, modeSwitch);
        }
        if (cluster.isEmpty()) {
            return modeSwitch != null
                    ? new ProjectTopology(Kind.SWITCHABLE, modeSwitch, evidence, null, false, modeSwitch)
                    : new ProjectTopology(Kind.UNKNOWN, "no Redis configuration found",
                            evidence, null, false, modeSwitch);
        }
        String conflict = "conflicting topology evidence: cluster (" + cite(cluster) + ") and standalone ("
                + cite(standalone) + "); set the plugin parameter topology to cluster or standalone";
        return new ProjectTopology(Kind.UNKNOWN, "conflicting evidence", evidence, conflict, false, modeSwitch);
    }

    private static String cite(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::what).collect(Collectors.joining(", "));
    }
}

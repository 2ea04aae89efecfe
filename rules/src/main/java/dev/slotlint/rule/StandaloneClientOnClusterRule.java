package dev.slotlint.rule;

import dev.slotlint.client.ClientCreation;
import dev.slotlint.topology.ClientTopology;
import dev.slotlint.topology.Endpoint;
import dev.slotlint.topology.ProjectTopology;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A standalone client talks to one node; on a cluster it gets MOVED for every key that node does not own. */
@RuleInfo(
        id = "StandaloneClientOnCluster",
        severity = Severity.ERROR,
        summary = "Standalone Redis client where the project targets a Redis Cluster",
        explanation = "A standalone client (new Jedis(..), JedisPool, JedisPooled, Lettuce RedisClient) sends every"
                + " command to the one node it connects to. On a cluster that node owns only some slots, so every"
                + " other key fails with \"MOVED <slot> <host:port>\".",
        fix = "Use a cluster-aware client (JedisCluster, Jedis 7+'s RedisClusterClient, Lettuce's RedisClusterClient)"
                + " given at least 3 seed nodes; it follows MOVED redirections and routes each key to its node.")
public final class StandaloneClientOnClusterRule implements Rule {

    @Override
    public void visitCreation(ClientCreation creation, RuleContext context) {
        ProjectTopology topology = context.topology();
        if (creation.kind().topology() != ClientTopology.STANDALONE || topology.kind() == ProjectTopology.Kind.STANDALONE
                || creation.keyless() != null) {
            return;
        }
        Set<Endpoint> aimedAt = new LinkedHashSet<>(creation.endpoints());
        aimedAt.retainAll(topology.clusterEndpoints());
        if (aimedAt.isEmpty() && (!topology.isCluster() || creation.alternative() != null)) {
            return;
        }
        String why = aimedAt.isEmpty()
                ? "but the project targets a Redis Cluster (" + topology.citeCluster() + ")"
                : "aimed at " + join(aimedAt) + ", a node of the Redis Cluster that " + topology.citeCluster()
                + " names";
        List<Endpoint> seeds = List.copyOf(topology.clusterEndpoints());
        String message = creation.code() + " " + makes(creation) + ", " + why
                + ": every command on a key whose slot another node owns fails with \"MOVED <slot> <host:port>\";"
                + " use " + creation.kind().fix() + (seeds.isEmpty() ? "" : " (" + join(seeds) + ")");
        context.report(this, creation.location(), message, List.of());
    }

    /** What the code makes: a client, or the configuration of a standalone connection for a connection factory. */
    private static String makes(ClientCreation creation) {
        String type = creation.kind().simpleName();
        return type.endsWith("Configuration")
                ? "configures a standalone connection (" + type + ") for a connection factory"
                : "makes a standalone " + type + " client";
    }

    private static String join(Iterable<Endpoint> endpoints) {
        return java.util.stream.StreamSupport.stream(endpoints.spliterator(), false).map(Endpoint::toString)
                .collect(Collectors.joining(", "));
    }
}

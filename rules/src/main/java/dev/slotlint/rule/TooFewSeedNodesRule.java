package dev.slotlint.rule;

import dev.slotlint.client.ClientCreation;
import dev.slotlint.topology.ClientTopology;
import dev.slotlint.topology.ConfigEntry;
import dev.slotlint.topology.ProjectTopology;

import java.util.List;

/** A cluster client discovers the cluster through its seed nodes; with one or two, a single outage blinds it. */
@RuleInfo(
        id = "TooFewSeedNodes",
        severity = Severity.WARNING,
        summary = "Cluster client or configuration with fewer than 3 seed nodes",
        explanation = "A cluster client learns the slot map from the seed nodes it is given. If they are down or"
                + " failing over when the application starts or refreshes its topology, the client cannot reach the"
                + " cluster although other nodes are up.",
        fix = "List at least 3 seed nodes, ideally masters on different hosts.")
public final class TooFewSeedNodesRule implements Rule {

    static final String[] NODE_KEYS = {"spring.data.redis.cluster.nodes", "spring.redis.cluster.nodes"};

    @Override
    public void visitCreation(ClientCreation creation, RuleContext context) {
        if (creation.kind().topology() != ClientTopology.CLUSTER
                || context.topology().kind() == ProjectTopology.Kind.STANDALONE) {
            return;
        }
        if (!creation.endpointsComplete()) {
            // how many nodes it is given can be known when their addresses are not
            int count = creation.seeds().size();
            if (count > 0 && count < 3) {
                context.report(this, creation.location(), creation.code() + " gives " + creation.kind().simpleName()
                        + " " + seeds(count) + " (" + String.join(", ", creation.seeds()) + "): if "
                        + (count == 1 ? "it is" : "they are") + " down when the client starts or refreshes the slot"
                        + " map, it cannot reach the cluster; list at least 3 seed nodes", List.of());
            }
            return;
        }
        if (creation.endpoints().size() >= 3) {
            return;
        }
        context.report(this, creation.location(), creation.code() + " gives " + creation.kind().simpleName() + " "
                + seeds(creation.endpoints().size()) + " (" + creation.endpoints().stream().map(Object::toString)
                .collect(java.util.stream.Collectors.joining(", ")) + "): if "
                + (creation.endpoints().size() == 1 ? "it is" : "they are") + " down when the client starts or"
                + " refreshes the slot map, it cannot reach the cluster; list at least 3 seed nodes", List.of());
    }

    @Override
    public void visitProject(ProjectFacts project, RuleContext context) {
        if (context.topology().kind() == ProjectTopology.Kind.STANDALONE) {
            return;
        }
        for (ConfigEntry entry : project.config().entries(NODE_KEYS)) {
            int count = entry.values().size();
            if (count > 0 && count < 3) {
                context.report(this, entry.location(), entry.key() + " names " + seeds(count) + " ("
                        + entry.value() + "): if " + (count == 1 ? "it is" : "they are") + " down when the"
                        + " application starts or refreshes the slot map, it cannot reach the cluster; list at least"
                        + " 3 seed nodes", List.of());
            }
        }
    }

    private static String seeds(int count) {
        return count == 1 ? "1 seed node" : count + " seed nodes";
    }
}

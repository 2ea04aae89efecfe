package dev.slotlint.rule;

import dev.slotlint.client.ClientCall;
import dev.slotlint.client.ClientCreation;
import dev.slotlint.topology.ClientTopology;
import dev.slotlint.topology.ConfigEntry;

import java.util.List;

/** A Redis Cluster has database 0 only: SELECT fails, and a database in the client configuration is an error. */
@RuleInfo(
        id = "SelectOnCluster",
        severity = Severity.ERROR,
        summary = "Database other than 0 selected where the project targets a Redis Cluster",
        explanation = "Redis Cluster supports only database 0: SELECT with any other number fails with \"ERR SELECT"
                + " is not allowed in cluster mode\", and a client configured with another database fails to"
                + " connect or to run commands.",
        fix = "Use database 0 and separate data by key prefix (with hash tags where keys must share a slot).")
public final class SelectOnClusterRule implements Rule {

    private static final String[] DATABASE_KEYS = {"spring.data.redis.database", "spring.redis.database"};

    @Override
    public java.util.Set<String> clientMethodsRead() {
        return java.util.Set.of("select");
    }

    @Override
    public void visitClientCall(ClientCall call, RuleContext context) {
        // A client that refuses SELECT itself (JedisCluster 2.9) never asks the server: UnsupportedOnCluster says so.
        if (!call.method().equals("select") || call.arguments().size() != 1 || call.refusal().isPresent()
                || !(call.client().topology() == ClientTopology.CLUSTER || context.topology().isCluster())) {
            return;
        }
        call.arguments().get(0).knownText().filter(n -> n.matches("\\d+") && Integer.parseInt(n) != 0)
                .ifPresent(n -> context.report(this, call.location(), "select(" + n + ") on "
                        + call.clientDescription() + " fails on a Redis Cluster: \"ERR SELECT is not allowed in"
                        + " cluster mode\" (" + context.topology().citeCluster() + "); use database 0", List.of()));
    }

    @Override
    public void visitCreation(ClientCreation creation, RuleContext context) {
        boolean cluster = creation.kind().topology() == ClientTopology.CLUSTER || context.topology().isCluster();
        if (!cluster || creation.database() == null || creation.database() == 0) {
            return;
        }
        context.report(this, creation.location(), creation.code() + " selects database " + creation.database()
                + ", but a Redis Cluster has only database 0 (" + context.topology().citeCluster() + "); drop the"
                + " database from the URI or builder", List.of());
    }

    @Override
    public void visitProject(ProjectFacts project, RuleContext context) {
        if (!context.topology().isCluster()) {
            return;
        }
        for (ConfigEntry entry : project.config().entries(DATABASE_KEYS)) {
            if (entry.values().size() == 1 && entry.value().matches("\\d+") && Integer.parseInt(entry.value()) != 0) {
                context.report(this, entry.location(), entry.key() + "=" + entry.value() + ", but a Redis Cluster"
                        + " has only database 0 (" + context.topology().citeCluster() + "); remove the setting",
                        List.of());
            }
        }
    }
}

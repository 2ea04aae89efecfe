package dev.slotlint.rule;

import dev.slotlint.client.ClientCall;
import dev.slotlint.key.Hashing;
import dev.slotlint.key.KeyValue;
import dev.slotlint.topology.ClientTopology;
import dev.slotlint.topology.ProjectTopology;

import java.util.Map;

/**
 * Methods a cluster client refuses whatever the keys: transactions, pipelines, pattern scans without a hash tag,
 * DBSIZE and SELECT (Jedis 2.9), scripts (Spring Data Redis before 2.2 on Jedis); and pattern scans on a standalone
 * client that is to run on a cluster, where one node answers for its own slots only.
 */
@RuleInfo(
        id = "UnsupportedOnCluster",
        severity = Severity.ERROR,
        summary = "Call that the cluster client rejects whatever its keys",
        explanation = "Jedis' cluster clients have no MULTI/EXEC transactions, accept KEYS and SCAN only with a"
                + " pattern holding a hash tag (one slot), and (before 8.0) have no DBSIZE; Jedis 2.9's JedisCluster"
                + " refuses SELECT, even of database 0. Spring Data Redis' cluster connections reject MULTI and WATCH"
                + " (a SessionCallback transaction), and its Jedis cluster connection rejects pipelines"
                + " (executePipelined, openPipeline) and, before 2.2, scripts: the call throws at run time. KEYS and"
                + " SCAN on a standalone client see only the keys of the one node it is connected to.",
        fix = "Replace a transaction by one multi-key command or a Lua script whose keys share a hash tag; give"
                + " KEYS/SCAN patterns a hash tag; count keys per master node.")
public final class UnsupportedOnClusterRule implements Rule {

    private static final Map<String, String> FIX = Map.of(
            "multi", "use one multi-key command or a Lua script (EVAL) whose keys share a hash tag",
            "keys", "give the pattern a hash tag such as \"{user:1}:*\", or scan each master node",
            "scan", "give the MATCH pattern a hash tag such as \"{user:1}:*\", or scan each master node",
            "dbSize", "sum DBSIZE over the master nodes",
            "watch", "drop the optimistic lock, or use a Lua script (EVAL) whose keys share a hash tag",
            "executePipelined", "run the commands one by one, or use the Lettuce driver, whose cluster connection"
                    + " pipelines",
            "openPipeline", "run the commands one by one, or use the Lettuce driver, whose cluster connection"
                    + " pipelines",
            "select", "drop the call: a Redis Cluster has database 0 only",
            "eval", "upgrade Spring Data Redis to 2.2 or later, or use the Lettuce driver",
            "evalSha", "upgrade Spring Data Redis to 2.2 or later, or use the Lettuce driver");

    @Override
    public java.util.Set<String> clientMethodsRead() {
        return java.util.Set.of("keys", "scan");
    }

    /**
     * Commands a standalone client runs on the one node it is connected to, which holds only some slots. Judged only
     * where the code has no cluster client of its own: one that has runs such scans per node, or in its standalone
     * mode.
     */
    private static final java.util.Set<String> ONE_NODE = java.util.Set.of("keys", "scan");

    @Override
    public void visitClientCall(ClientCall call, RuleContext context) {
        ProjectTopology.Certainty onCluster = context.topology().onCluster(call.client().topology());
        if (call.refusal().isEmpty() && call.client().topology() == ClientTopology.STANDALONE
                && ONE_NODE.contains(call.method()) && onCluster != ProjectTopology.Certainty.NO
                && !context.topology().codeMakesClusterClients()
                && !hasHashTaggedPattern(call, context)) {
            String command = call.method().toUpperCase(java.util.Locale.ROOT);
            context.report(this, onCluster == ProjectTopology.Certainty.SURE ? Severity.ERROR : Severity.WARNING,
                    call.location(), call.clientDescription() + " runs " + command + " on the one node it is"
                            + " connected to: on a cluster it sees only the keys of that node's slots, and a cluster"
                            + " client refuses the call; " + FIX.get(call.method()), java.util.List.of());
            return;
        }
        if (call.refusal().isEmpty() || hasHashTaggedPattern(call, context)
                || onCluster == ProjectTopology.Certainty.NO) {
            return;
        }
        String thrown = call.refusal().get().message();
        String fix = FIX.getOrDefault(call.method(), "use a cluster-aware alternative");
        String message = call.clientDescription() + " does not support " + call.method() + "() on a cluster: it"
                + " throws " + thrown + (thrown.endsWith(".") ? " " + Character.toUpperCase(fix.charAt(0))
                + fix.substring(1) : "; " + fix);
        if (onCluster == ProjectTopology.Certainty.POSSIBLE) {
            message += " (" + context.topology().possibly(call.client().simpleName()) + ")";
        }
        context.report(this, onCluster == ProjectTopology.Certainty.SURE ? Severity.ERROR : Severity.WARNING,
                call.location(), message, java.util.List.of());
    }

    /**
     * KEYS and SCAN are allowed when the pattern pins one slot on every path; an undecidable pattern gets the benefit
     * of doubt.
     */
    private static boolean hasHashTaggedPattern(ClientCall call, RuleContext context) {
        KeyValue pattern = switch (call.method()) {
            case "keys" -> call.arguments().isEmpty() ? null : call.arguments().get(0);
            case "scan" -> call.options().get("match");
            default -> null;
        };
        if (pattern == null) {
            return false;
        }
        for (java.util.List<dev.slotlint.key.Part> alternative : pattern.alternatives()) {
            KeyValue one = KeyValue.of(alternative);
            for (Hashing hashing : one.hashings(context.unknownParts())) {
                if (hashing instanceof Hashing.Whole || hashing instanceof Hashing.Slot slot
                        && !one.knownText().map(t -> t.contains("{" + slot.hashed() + "}")).orElse(true)) {
                    return false;
                }
            }
        }
        return true;
    }
}

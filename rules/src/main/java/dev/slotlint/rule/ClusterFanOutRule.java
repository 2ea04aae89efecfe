package dev.slotlint.rule;

import dev.slotlint.client.CommandCall;
import dev.slotlint.client.CrossSlotBehaviour;
import dev.slotlint.client.Library;
import dev.slotlint.key.HashTagAdvice;
import dev.slotlint.key.KeyDescriptions;
import dev.slotlint.key.KeyValue;
import dev.slotlint.key.SlotVerdict;
import dev.slotlint.topology.ProjectTopology;

import java.util.Map;

/**
 * Some cluster clients split a cross-slot multi-key call into one command per slot. It works, but the command is no
 * longer atomic, which code written for a single Redis often relies on.
 */
@RuleInfo(
        id = "ClusterFanOut",
        severity = Severity.WARNING,
        summary = "Multi-key call that the cluster client splits by slot: it works, but is not atomic",
        explanation = "Lettuce's cluster API (DEL, UNLINK, EXISTS, TOUCH, MGET, MSET, MSETNX) and Jedis 8's"
                + " RedisClusterClient (DEL, EXISTS, MGET, MSET, TOUCH, UNLINK) send one command per slot and merge"
                + " the replies. Each part is atomic, the whole is not: readers can see half of an MSET, and a split"
                + " MSETNX can set some keys and not others. Spring Data Redis' cluster connection goes further and"
                + " emulates RENAME, SMOVE, RPOPLPUSH, set unions, intersections and differences, blocking pops and"
                + " SORT ... STORE with several commands.",
        fix = "If the keys must change together, give them a shared hash tag ({user123}:profile,"
                + " {user123}:settings); otherwise accept the split and keep this finding suppressed.")
public final class ClusterFanOutRule implements Rule {

    /** What is lost when each command is split, beyond atomicity itself. */
    private static final Map<String, String> LOST = Map.of(
            "MSETNX", "; a split MSETNX can set some keys and not others",
            "MSET", "; readers can see some keys written and not others",
            "MSETEX", "; readers can see some keys written and not others",
            "MGET", "; the values can come from different moments",
            "DEL", "; readers can see some keys deleted and not others",
            "UNLINK", "; readers can see some keys deleted and not others");

    /**
     * How Spring Data Redis' cluster connections run a command whose keys span slots, when it is more than one
     * command per slot (LettuceCluster*Commands, JedisCluster*Commands), and what that costs.
     */
    private static final Map<String, String> SPRING_EMULATION = Map.ofEntries(
            Map.entry("RENAME", "emulates the call with DUMP, RESTORE and DEL, so it is not atomic; a failure midway"
                    + " leaves both keys"),
            Map.entry("RENAMENX", "emulates the call with DUMP, RESTORE and DEL, so it is not atomic; a failure"
                    + " midway leaves both keys"),
            Map.entry("SMOVE", "emulates the call with SREM then SADD, so it is not atomic; a failure between them"
                    + " loses the member"),
            Map.entry("RPOPLPUSH", "emulates the call with RPOP then LPUSH, so it is not atomic; a failure between"
                    + " them loses the element"),
            Map.entry("BRPOPLPUSH", "emulates the call with BRPOP then LPUSH, so it is not atomic; a failure"
                    + " between them loses the element"),
            Map.entry("BLPOP", "runs BLPOP on each key separately, so it can pop from several lists and return one"
                    + " element, losing the others"),
            Map.entry("BRPOP", "runs BRPOP on each key separately, so it can pop from several lists and return one"
                    + " element, losing the others"),
            Map.entry("SUNION", "reads each set with SMEMBERS and combines them in the client, so it is not atomic"),
            Map.entry("SINTER", "reads each set with SMEMBERS and combines them in the client, so it is not atomic"),
            Map.entry("SDIFF", "reads each set with SMEMBERS and combines them in the client, so it is not atomic"),
            Map.entry("SINTERCARD", "reads each set with SMEMBERS and counts in the client, so it is not atomic"),
            Map.entry("SUNIONSTORE", "reads each set with SMEMBERS, combines them in the client and SADDs the result,"
                    + " so it is not atomic, and the destination keeps the members it had"),
            Map.entry("SINTERSTORE", "reads each set with SMEMBERS, combines them in the client and SADDs the result,"
                    + " so it is not atomic, and the destination keeps the members it had"),
            Map.entry("SDIFFSTORE", "reads each set with SMEMBERS, combines them in the client and SADDs the result,"
                    + " so it is not atomic, and the destination keeps the members it had"),
            Map.entry("SORT", "sorts, then replaces the destination with UNLINK and LPUSH, so it is not atomic"));

    @Override
    public void visitCall(CommandCall call, RuleContext context) {
        ProjectTopology.Certainty onCluster = context.topology().onCluster(call.client().topology());
        if (onCluster == ProjectTopology.Certainty.NO || !call.hasSeveralKeys()
                || call.crossSlot().kind() != CrossSlotBehaviour.Kind.SPLIT) {
            return;
        }
        SlotVerdict verdict = SlotVerdict.of(call.keys(), context.unknownParts());
        String span = switch (verdict.kind()) {
            case DIFFERENT -> "span different slots";
            case DIFFERENT_ON_SOME_PATHS -> "may span different slots, depending on the branch taken";
            case BY_CHANCE -> "share no hash tag, so they likely span different slots";
            case SAME_OR_UNDECIDED -> null;
        };
        if (span == null) {
            return;
        }
        String message = call.commandName() + CrossSlotRule.via(call) + " keys " + KeyDescriptions.describeAll(call.keys(),
                context.unknownParts()) + " " + span + ": " + call.clientDescription() + " " + howSplit(call)
                + "; if they must change together, give them a shared hash tag such as "
                + HashTagAdvice.suggest(call.keys(), context.unknownParts()) + call.assumptionsNote();
        if (onCluster == ProjectTopology.Certainty.POSSIBLE) {
            message += " (" + context.topology().possibly(call.client().simpleName()) + ")";
        }
        context.report(this, call.location(), message, KeyDescriptions.each(call.keys(), context.unknownParts()));
    }

    /** How the parts run: the catalog's words for this client version when it has them, else the rule's own. */
    private static String howSplit(CommandCall call) {
        if (call.crossSlot().message() != null) {
            return call.crossSlot().message();
        }
        Library driver = call.client().driver();
        String emulation = driver == null ? null : SPRING_EMULATION.get(call.commandName());
        if (emulation != null) {
            return emulation;
        }
        return (driver == Library.JEDIS ? "runs one command per key" : "splits the call into one command per slot")
                + ", so it is not atomic" + LOST.getOrDefault(call.commandName(), "");
    }
}

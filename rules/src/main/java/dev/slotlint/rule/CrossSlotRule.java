package dev.slotlint.rule;

import dev.slotlint.client.CommandCall;
import dev.slotlint.client.CrossSlotBehaviour;
import dev.slotlint.client.Transaction;
import dev.slotlint.key.HashTagAdvice;
import dev.slotlint.key.KeyDescriptions;
import dev.slotlint.key.KeyValue;
import dev.slotlint.key.SlotVerdict;
import dev.slotlint.topology.ProjectTopology;

import java.util.List;

/** Multi-key commands whose keys hash to different slots fail on a cluster with CROSSSLOT. */
@RuleInfo(
        id = "CrossSlot",
        severity = Severity.ERROR,
        summary = "Multi-key command whose keys hash to different cluster slots",
        explanation = "Redis Cluster runs a multi-key command only when all its keys hash to one slot. Otherwise the"
                + " server answers \"CROSSSLOT Keys in request don't hash to the same slot\", or a cluster client"
                + " refuses the call before sending it.",
        fix = "Give the keys a shared hash tag: Redis hashes only the text between the first '{' and the next '}',"
                + " so {user123}:profile and {user123}:settings land in one slot.")
public final class CrossSlotRule implements Rule {

    @Override
    public void visitCall(CommandCall call, RuleContext context) {
        ProjectTopology.Certainty onCluster = context.topology().onCluster(call.client().topology());
        if (onCluster == ProjectTopology.Certainty.NO || !call.hasSeveralKeys()
                || call.crossSlot().kind() == CrossSlotBehaviour.Kind.SPLIT) {
            return;
        }
        SlotVerdict verdict = SlotVerdict.of(call.keys(), context.unknownParts());
        String outcome = outcome(call);
        String phrase = switch (verdict.kind()) {
            case DIFFERENT -> "hash to different slots: " + outcome;
            case DIFFERENT_ON_SOME_PATHS -> "may hash to different slots, depending on the branch taken: then "
                    + outcome;
            case BY_CHANCE -> "share no hash tag, so they land in one slot only by chance; otherwise " + outcome;
            case SAME_OR_UNDECIDED -> null;
        };
        if (phrase == null) {
            return;
        }
        List<KeyValue> keys = call.keys();
        String message = call.commandName() + via(call) + " keys " + KeyDescriptions.describeAll(keys, context.unknownParts())
                + " " + phrase + "; give them a shared hash tag such as "
                + HashTagAdvice.suggest(keys, context.unknownParts()) + call.assumptionsNote();
        if (onCluster == ProjectTopology.Certainty.POSSIBLE) {
            message += " (" + context.topology().possibly(call.client().simpleName()) + ")";
        }
        Severity severity = verdict.kind() == SlotVerdict.Kind.DIFFERENT && onCluster == ProjectTopology.Certainty.SURE
                ? Severity.ERROR : Severity.WARNING;
        context.report(this, severity, call.location(), message, KeyDescriptions.each(keys, context.unknownParts()));
    }

    /** A transaction runs on a cluster only when every key its queued commands touch is in one slot. */
    @Override
    public void visitTransaction(Transaction transaction, RuleContext context) {
        ProjectTopology.Certainty onCluster = context.topology().onCluster(transaction.client().topology());
        List<KeyValue> keys = transaction.keys();
        if (onCluster == ProjectTopology.Certainty.NO || keys.size() < 2
                && keys.stream().noneMatch(KeyValue::variesPerElement)) {
            return;
        }
        SlotVerdict verdict = SlotVerdict.of(keys, context.unknownParts());
        String outcome = "EXEC answers \"CROSSSLOT Keys in request don't hash to the same slot\"";
        String phrase = switch (verdict.kind()) {
            case DIFFERENT -> "hash to different slots: " + outcome;
            case DIFFERENT_ON_SOME_PATHS -> "may hash to different slots, depending on the branch taken: then "
                    + outcome;
            case BY_CHANCE -> "share no hash tag, so they land in one slot only by chance; otherwise " + outcome;
            case SAME_OR_UNDECIDED -> null;
        };
        if (phrase == null) {
            return;
        }
        List<String> commands = transaction.commands().stream()
                .map(c -> c.method().toUpperCase(java.util.Locale.ROOT)).distinct().toList();
        String message = "MULTI on " + transaction.client().describe(transaction.version()) + transaction.viaNote()
                + " queues "
                + String.join(", ", commands) + " before EXEC; their keys " + KeyDescriptions.describeAll(keys,
                context.unknownParts()) + " " + phrase + "; give them a shared hash tag such as "
                + HashTagAdvice.suggest(keys, context.unknownParts()) + transaction.assumptionsNote();
        if (onCluster == ProjectTopology.Certainty.POSSIBLE) {
            message += " (" + context.topology().possibly(transaction.client().simpleName()) + ")";
        }
        Severity severity = verdict.kind() == SlotVerdict.Kind.DIFFERENT && onCluster == ProjectTopology.Certainty.SURE
                ? Severity.ERROR : Severity.WARNING;
        context.report(this, severity, transaction.location(), message,
                KeyDescriptions.each(keys, context.unknownParts()));
    }

    /**
     * {@code  (via RedisUtil.mset → JedisCluster.mset)} for calls through the project's wrapper methods, and
     * {@code  (via ValueOperations.multiGet)} for Spring, whose method names are not the commands'.
     */
    static String via(CommandCall call) {
        return call.via().size() > 1 || call.client().driver() != null
                ? " (via " + String.join(" → ", call.via()) + ")" : "";
    }

    /** What the user sees at run time: the client's exception, or the server's error. */
    static String outcome(CommandCall call) {
        CrossSlotBehaviour behaviour = call.crossSlot();
        if (behaviour.kind() == CrossSlotBehaviour.Kind.REFUSE) {
            return behaviour.version() == null
                    ? call.clientDescription() + " refuses the call before sending it"
                    : call.clientDescription() + " throws \"" + behaviour.message() + "\"";
        }
        return "the server answers \"" + behaviour.message() + "\"";
    }
}

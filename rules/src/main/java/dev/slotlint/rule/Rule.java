package dev.slotlint.rule;

import dev.slotlint.client.ClientCall;
import dev.slotlint.client.ClientCreation;
import dev.slotlint.client.CommandCall;
import dev.slotlint.client.Transaction;

/**
 * A check. Rules never parse or evaluate: they are handed the facts the analysis found (command calls, client
 * constructions, configuration) and override only the visits they care about.
 */
public interface Rule {

    /** Called once for each catalogued command call found in the code. */
    default void visitCall(CommandCall call, RuleContext context) {
    }

    /** Called once for each call of any method on a Redis client. */
    default void visitClientCall(ClientCall call, RuleContext context) {
    }

    /**
     * The client methods whose argument values this rule reads in {@link #visitClientCall} ({@code select(n)}):
     * arguments are evaluated for those methods only, since most client calls need none.
     */
    default java.util.Set<String> clientMethodsRead() {
        return java.util.Set.of();
    }

    /** Called once for each transaction the code runs on a client ({@code multi()} ... {@code exec()}). */
    default void visitTransaction(Transaction transaction, RuleContext context) {
    }

    /** Called once for each place the code makes a Redis client. */
    default void visitCreation(ClientCreation creation, RuleContext context) {
    }

    /** Called once per run with the project's configuration and topology. */
    default void visitProject(ProjectFacts project, RuleContext context) {
    }

    /** The metadata on the rule's class. */
    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
        }
        return info;
    }
}

package dev.slotlint.rule;

import dev.slotlint.client.CommandCall;
import dev.slotlint.script.LuaScripts;
import dev.slotlint.topology.ProjectTopology;

import java.util.List;

/** A Lua script on a cluster may only touch the keys it is given in KEYS, all in the slot of the node running it. */
@RuleInfo(
        id = "UndeclaredScriptKey",
        severity = Severity.ERROR,
        summary = "Lua script that builds a key itself instead of receiving it in KEYS",
        explanation = "Redis Cluster routes EVAL by the slot of its KEYS and runs the script on that node. A key the"
                + " script builds from literals or ARGV is not routed: whenever it lives on another node Redis fails"
                + " the script with \"Script attempted to access a non local key in a cluster node\".",
        fix = "Pass every key the script touches in KEYS, and give them a shared hash tag so they share a slot.")
public final class UndeclaredScriptKeyRule implements Rule {

    @Override
    public void visitCall(CommandCall call, RuleContext context) {
        ProjectTopology.Certainty onCluster = context.topology().onCluster(call.client().topology());
        if (call.script() == null || onCluster == ProjectTopology.Certainty.NO) {
            return;
        }
        for (LuaScripts.ScriptKey key : call.script().built()) {
            String origin = key.origin() == LuaScripts.Origin.DATA
                    ? " that it takes from data (a reply of Redis, or text split apart), not from KEYS: on a"
                    : " that is not passed in KEYS: on a";
            String message = call.commandName() + CrossSlotRule.via(call) + " script touches key " + key.expression()
                    + " (script line " + key.line() + ": " + key.lineText() + ")" + origin
                    + " cluster Redis fails the script with \"Script attempted to access a non local key in a cluster"
                    + " node\" whenever that key lives on another node; pass it in KEYS, with a hash tag shared by"
                    + " the script's other keys";
            context.report(this, onCluster == ProjectTopology.Certainty.SURE ? Severity.ERROR : Severity.WARNING,
                    call.location(), message, List.of(key.expression()));
        }
    }
}

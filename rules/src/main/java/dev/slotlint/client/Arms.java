package dev.slotlint.client;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The arms of the branches a call sits in within its method: an if or else, a switch case, a conditional's side,
 * a try block or one of its catch clauses. Two calls in different arms of one branch never both run for one call of
 * the method: a retry in a catch block, a fallback in an else.
 */
final class Arms {

    private Arms() {
    }

    /** Each arm as {@code <branch position>#<arm>}. */
    static Set<String> of(Node call) {
        Set<String> arms = new LinkedHashSet<>();
        Node child = call;
        for (Node parent = call.getParentNode().orElse(null); parent != null
                && !(parent instanceof CallableDeclaration<?>) && !(parent instanceof LambdaExpr);
             child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof IfStmt branch && child != branch.getCondition()) {
                arms.add(id(parent) + (child == branch.getThenStmt() ? "#then" : "#else"));
            } else if (parent instanceof ConditionalExpr choice && child != choice.getCondition()) {
                arms.add(id(parent) + (child == choice.getThenExpr() ? "#then" : "#else"));
            } else if (parent instanceof SwitchEntry entry && entry.getParentNode().isPresent()) {
                arms.add(id(entry.getParentNode().get()) + "#" + id(entry));
            } else if (parent instanceof TryStmt attempt && child == attempt.getTryBlock()) {
                arms.add(id(parent) + "#try");
            } else if (parent instanceof CatchClause clause && clause.getParentNode().isPresent()) {
                arms.add(id(clause.getParentNode().get()) + "#catch" + id(clause));
            }
        }
        return arms;
    }

    /** Whether two calls sit in different arms of one branch. */
    static boolean exclusive(Set<String> a, Set<String> b) {
        for (String arm : a) {
            String branch = arm.substring(0, arm.indexOf('#'));
            for (String other : b) {
                if (other.startsWith(branch + "#") && !other.equals(arm)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String id(Node node) {
        return node.getBegin().map(p -> p.line + ":" + p.column).orElse("?");
    }
}

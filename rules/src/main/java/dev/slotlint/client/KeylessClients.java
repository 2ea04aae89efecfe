package dev.slotlint.client;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.slotlint.source.Declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clients that never send a command on a key, so that no key can be MOVED: a pool only published and subscribed
 * through (channels are not keys; any node of a cluster serves them), and a placeholder made without arguments and
 * never used. Told from
 * every use of the variable that holds the client, and of the connections taken from it; a client that escapes (is
 * passed on, returned, kept by a non-private field) may be used for anything.
 */
final class KeylessClients {

    /** Methods that touch no key: classic pub/sub (not the sharded kind, which is routed by slot), and upkeep. */
    private static final Set<String> KEYLESS = Set.of("publish", "subscribe", "psubscribe", "unsubscribe",
            "punsubscribe", "ping", "echo", "close", "isConnected", "isClosed", "destroy", "shutdown", "quit",
            "getNumActive", "getNumIdle", "getNumWaiters", "returnResource", "returnBrokenResource");
    /** Methods of a pool or client that give a connection whose own uses decide. */
    private static final Set<String> CONNECTIONS = Set.of("getResource", "connect", "connectPubSub", "sync",
            "async", "reactive");
    private static final int MAX_DEPTH = 4;

    private KeylessClients() {
    }

    /** Why the client made here touches no key ("never used", "only publishes and subscribes"), or empty. */
    static Optional<String> why(Expression creation) {
        Optional<VariableDeclarator> holder = holder(creation);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        Uses uses = new Uses();
        if (!uses.follow(holder.get(), 0)) {
            return Optional.empty();
        }
        if (uses.count == 0) {
            // a default made without arguments (new JedisPool()) that nothing uses is a placeholder; a client aimed
            // somewhere, or an unused local, is left to be reported
            boolean placeholder = creation instanceof ObjectCreationExpr made && made.getArguments().isEmpty()
                    && holder.get().getParentNode().orElse(null) instanceof FieldDeclaration;
            return placeholder ? Optional.of("never used") : Optional.empty();
        }
        return Optional.of("used only to publish and subscribe, which any node serves");
    }

    /** What each use of a variable does. */
    private static final class Uses {
        int count;

        /** True when no use of the variable (or of a connection taken from it) can touch a key. */
        boolean follow(VariableDeclarator variable, int depth) {
            Optional<Node> scope = scopeOf(variable);
            if (scope.isEmpty() || depth > MAX_DEPTH) {
                return false;
            }
            String name = variable.getNameAsString();
            List<Expression> uses = new ArrayList<>();
            scope.get().findAll(NameExpr.class, n -> n.getNameAsString().equals(name) && refersTo(n, variable))
                    .forEach(uses::add);
            scope.get().findAll(FieldAccessExpr.class, a -> a.getNameAsString().equals(name)
                    && a.getScope() instanceof ThisExpr && variable.getParentNode().orElse(null)
                    instanceof FieldDeclaration).forEach(uses::add);
            for (Expression use : uses) {
                Node parent = use.getParentNode().orElse(null);
                if (parent instanceof AssignExpr assign && assign.getTarget() == use) {
                    continue;
                }
                count++;
                if (!(parent instanceof MethodCallExpr call) || call.getScope().orElse(null) != use
                        || !keyless(call, depth)) {
                    return false;
                }
            }
            return true;
        }

        /** A call on the client or a connection: keyless itself, or giving a connection used only so. */
        private boolean keyless(MethodCallExpr call, int depth) {
            String method = call.getNameAsString();
            if (KEYLESS.contains(method)) {
                return true;
            }
            if (!CONNECTIONS.contains(method)) {
                return false;
            }
            Node parent = call.getParentNode().orElse(null);
            if (parent instanceof MethodCallExpr next && next.getScope().orElse(null) == call) {
                return keyless(next, depth);
            }
            return parent instanceof VariableDeclarator local && local.getInitializer().orElse(null) == call
                    && follow(local, depth + 1);
        }
    }

    /** The variable a creation is stored in: the one it initialises, or assigns. */
    private static Optional<VariableDeclarator> holder(Expression creation) {
        Node parent = creation.getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator variable && variable.getInitializer().orElse(null) == creation) {
            return Optional.of(variable);
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == creation
                && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            Expression target = assign.getTarget();
            String name = target instanceof NameExpr n ? n.getNameAsString()
                    : target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString()
                    : null;
            if (name == null) {
                return Optional.empty();
            }
            Optional<Declaration> declared = Declaration.find(name, target);
            if (declared.isPresent() && declared.get() instanceof Declaration.Field field) {
                return Optional.of(field.variable());
            }
            if (declared.isPresent() && declared.get() instanceof Declaration.Local local) {
                return Optional.of(local.variable());
            }
        }
        return Optional.empty();
    }

    /**
     * Where a variable can be used: a local's method, a private field's class (a field others can reach may be used
     * anywhere: no scope).
     */
    private static Optional<Node> scopeOf(VariableDeclarator variable) {
        Node parent = variable.getParentNode().orElse(null);
        if (parent instanceof FieldDeclaration field) {
            return field.isPrivate() ? field.getParentNode().filter(TypeDeclaration.class::isInstance) : Optional.empty();
        }
        if (parent instanceof VariableDeclarationExpr) {
            return variable.findAncestor(CallableDeclaration.class).map(c -> (Node) c);
        }
        return Optional.empty();
    }

    private static boolean refersTo(NameExpr name, VariableDeclarator variable) {
        return Declaration.find(name.getNameAsString(), name).map(d -> d instanceof Declaration.Field f
                && f.variable() == variable || d instanceof Declaration.Local l && l.variable() == variable)
                .orElse(false);
    }
}

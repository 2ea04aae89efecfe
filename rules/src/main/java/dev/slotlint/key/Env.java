package dev.slotlint.key;

import com.github.javaparser.ast.Node;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an evaluation may know beyond the expression: values bound to variables (a helper's parameters, a local's
 * state while its statements are followed), how deep it is, the loop or lambda whose variables change from one
 * collection element to the next, and the parameters of the project method call being evaluated.
 *
 * @param parameters the parameters of the helper or wrapper call being evaluated, bound to the caller's values:
 *                   what tells one call from another when unknowns inside it get their identities
 */
record Env(Map<Node, Value> bindings, int depth, Node varyingScope, Map<Node, Value> parameters) {

    static final Env ROOT = new Env(Map.of(), 0, null, Map.of());

    Env deeper() {
        return new Env(bindings, depth + 1, varyingScope, parameters);
    }

    Env varyingIn(Node scope) {
        return new Env(bindings, depth, scope, parameters);
    }

    Env bind(Map<Node, Value> more) {
        Map<Node, Value> all = new IdentityHashMap<>(bindings);
        all.putAll(more);
        return new Env(all, depth + 1, varyingScope, parameters);
    }

    /** Inside a call of a project method whose parameters are bound to these values. */
    Env call(Map<Node, Value> boundParameters) {
        Map<Node, Value> all = new IdentityHashMap<>(bindings);
        all.putAll(boundParameters);
        return new Env(all, depth + 1, varyingScope, boundParameters);
    }

    /** The identities of the call's parameter values, in the order they are declared; empty outside any call. */
    String parametersIdentity() {
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().getBegin().orElse(null),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(e -> e.getValue().identity()).collect(Collectors.joining(",", "(", ")"));
    }
}

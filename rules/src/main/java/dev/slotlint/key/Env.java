package dev.slotlint.key;

import com.github.javaparser.ast.Node;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What an evaluation may know beyond the expression: values bound to parameters of the helper being evaluated,
 * how deep it is, and the loop or lambda whose variables change from one collection element to the next.
 */
record Env(Map<Node, Value> bindings, int depth, Node varyingScope) {

    static final Env ROOT = new Env(Map.of(), 0, null);

    Env deeper() {
        return new Env(bindings, depth + 1, varyingScope);
    }

    Env varyingIn(Node scope) {
        return new Env(bindings, depth, scope);
    }

    Env bind(Map<Node, Value> more) {
        Map<Node, Value> all = new IdentityHashMap<>(bindings);
        all.putAll(more);
        return new Env(all, depth + 1, varyingScope);
    }
}

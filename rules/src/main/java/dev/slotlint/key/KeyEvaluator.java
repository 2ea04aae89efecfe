package dev.slotlint.key;

import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Evaluates key expressions to what can be known of them statically. */
public final class KeyEvaluator {

    /** The value of one key expression. */
    public KeyValue evaluate(Expression expression) {
        if (expression instanceof StringLiteralExpr literal) {
            return KeyValue.text(literal.asString());
        }
        return KeyValue.unknown(symbolFor(expression));
    }

    /** The elements of an array or collection of keys, when they can be enumerated. */
    public Optional<List<KeyValue>> elements(Expression expression) {
        if (expression instanceof ArrayCreationExpr creation && creation.getInitializer().isPresent()) {
            return elements(creation.getInitializer().get());
        }
        if (expression instanceof ArrayInitializerExpr initializer) {
            List<KeyValue> values = new ArrayList<>();
            initializer.getValues().forEach(v -> values.add(evaluate(v)));
            return Optional.of(values);
        }
        if (expression instanceof StringLiteralExpr) {
            return Optional.of(List.of(evaluate(expression)));
        }
        return Optional.empty();
    }

    private static Symbol symbolFor(Expression expression) {
        String text = expression.toString();
        return Symbol.of("expr:" + text, text);
    }
}

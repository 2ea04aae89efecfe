package dev.slotlint.key;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.util.Set;

/** {@code StringBuilder} and {@code StringBuffer}: a value whose text is the content appended so far. */
final class Builders implements Model {

    static final Set<String> TYPES = Set.of("java.lang.StringBuilder", "java.lang.StringBuffer");

    /** The constant of a builder value: its text is the builder's content. */
    record Builder() {
    }

    static final Builder BUILDER = new Builder();

    private final KeyEvaluator evaluator;

    Builders(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Value creation(String type, ObjectCreationExpr creation, Env env) {
        if (!TYPES.contains(type)) {
            return null;
        }
        NodeList<Expression> arguments = creation.getArguments();
        if (arguments.isEmpty()) {
            return new Value.Single(KeyValue.text(""), Value.Kind.OTHER, BUILDER);
        }
        Value initial = evaluator.eval(arguments.get(0), env);
        if (initial instanceof Value.Single single && single.kind().isIntegral() && single.kind() != Value.Kind.CHAR) {
            return new Value.Single(KeyValue.text(""), Value.Kind.OTHER, BUILDER);
        }
        return new Value.Single(evaluator.values.asText(initial, creation, env).text(), Value.Kind.OTHER, BUILDER);
    }

    @Override
    public Value instanceCall(Value receiver, MethodCallExpr call, Env env) {
        return receiver instanceof Value.Single single && single.kind() == Value.Kind.OTHER
                && single.constant() instanceof Builder ? builderMethod(single, call, env) : null;
    }

    /** {@code append} extends the builder, {@code toString} gives its text; null for anything else. */
    Value builderMethod(Value.Single builder, MethodCallExpr call, Env env) {
        NodeList<Expression> arguments = call.getArguments();
        switch (call.getNameAsString()) {
            case "append" -> {
                if (arguments.size() != 1) {
                    return null;
                }
                Value.Single appended = evaluator.values.asText(evaluator.eval(arguments.get(0), env), call, env);
                return new Value.Single(builder.text().concat(appended.text(), evaluator.symbols.lazily(call, env)),
                        Value.Kind.OTHER, BUILDER);
            }
            case "toString" -> {
                KeyValue text = builder.text();
                return new Value.Single(text, Value.Kind.STRING, text.knownText().orElse(null));
            }
            default -> {
                return null;
            }
        }
    }
}

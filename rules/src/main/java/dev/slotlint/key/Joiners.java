package dev.slotlint.key;

import com.github.javaparser.ast.expr.MethodCallExpr;

/** Guava's {@code Joiner.on(separator).join(parts)}: the joiner is carried as a value until it joins. */
final class Joiners implements Model {

    /** A joiner made by {@code Joiner.on(separator)}. */
    record Joiner(KeyValue separator) {
    }

    private final KeyEvaluator evaluator;

    Joiners(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Value staticCall(String owner, MethodCallExpr call, Env env) {
        if (!(owner + "#" + call.getNameAsString()).equals("com.google.common.base.Joiner#on")
                || call.getArguments().size() != 1) {
            return null;
        }
        Value separator = evaluator.eval(call.getArguments().get(0), env);
        return separator instanceof Value.Single s
                ? new Value.Single(s.text(), Value.Kind.OTHER, new Joiner(s.text())) : null;
    }

    @Override
    public Value instanceCall(Value receiver, MethodCallExpr call, Env env) {
        if (!(receiver instanceof Value.Single single) || !(single.constant() instanceof Joiner joiner)) {
            return null;
        }
        String method = call.getNameAsString();
        if (method.equals("join")) {
            return evaluator.strings.join(new Value.Single(joiner.separator(), Value.Kind.STRING, null),
                    call.getArguments(), call, env);
        }
        return method.equals("skipNulls") || method.equals("useForNull") ? single : null;
    }
}

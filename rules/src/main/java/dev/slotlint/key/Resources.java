package dev.slotlint.key;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.util.Optional;
import java.util.function.Function;

/**
 * The text of a project resource the code reads by a literal path ending in {@code .lua}:
 * {@code Files.readString(Path.of("...lua"))}, {@code getResourceAsStream("/x.lua").readAllBytes()},
 * {@code new ClassPathResource("x.lua")} and the like.
 */
final class Resources implements Model {

    private final KeyEvaluator evaluator;
    private final Function<String, Optional<String>> resources;

    Resources(KeyEvaluator evaluator, Function<String, Optional<String>> resources) {
        this.evaluator = evaluator;
        this.resources = resources;
    }

    @Override
    public Value creation(String type, ObjectCreationExpr creation, Env env) {
        if (type.equals("java.lang.String") || type.endsWith("ClassPathResource")) {
            return text(creation, env).map(text -> (Value) Value.Single.ofString(text)).orElse(null);
        }
        return null;
    }

    /** The text of the resource an expression reads, when a path in it names one. */
    Optional<String> text(Expression expression, Env env) {
        for (Expression path : expression.findAll(Expression.class, e -> e.isStringLiteralExpr() || e.isNameExpr()
                || e.isFieldAccessExpr())) {
            if (evaluator.eval(path, env) instanceof Value.Single single && single.text().knownText()
                    .filter(t -> t.endsWith(".lua")).isPresent()) {
                Optional<String> text = resources.apply(single.text().knownText().get());
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }
}

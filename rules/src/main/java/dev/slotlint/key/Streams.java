package dev.slotlint.key;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;

import dev.slotlint.source.Declaration;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keys built by streams: {@code ids.stream().map(id -> "user:" + id).toList()}, {@code map(Keys::user)},
 * {@code IntStream.range(0, n).mapToObj(i -> "shard:" + i)}, collected into lists, sets, arrays or joined. A stream
 * over a collection the analysis does not know yields one element per item, which differs from item to item.
 */
final class Streams implements Model {

    private static final Set<String> KEEP = Set.of("distinct", "sorted", "peek", "unordered", "parallel",
            "sequential", "boxed", "onClose");
    private static final Set<String> NARROW = Set.of("filter", "limit", "skip", "takeWhile", "dropWhile");
    private static final Set<String> MAP = Set.of("map", "mapToObj");
    private static final Set<String> COLLECT_TO_COLLECTION = Set.of("toList", "toSet", "toUnmodifiableList",
            "toUnmodifiableSet", "toCollection");

    private final KeyEvaluator evaluator;

    Streams(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** {@code Arrays.stream(x)}, {@code IntStream.range(a, b)}: streams made by static methods; null for others. */
    @Override
    public Value staticCall(String owner, MethodCallExpr call, Env env) {
        switch (owner + "#" + call.getNameAsString()) {
            case "java.util.Arrays#stream" -> {
                return call.getArguments().size() == 1 ? source(evaluator.eval(call.getArgument(0), env),
                        call.getArgument(0), env) : null;
            }
            case "java.util.stream.IntStream#range", "java.util.stream.IntStream#rangeClosed",
                 "java.util.stream.LongStream#range", "java.util.stream.LongStream#rangeClosed" -> {
                return new Value.Elements(List.of(KeyValue.unknown(element(call, env, true))), true);
            }
            default -> {
                return null;
            }
        }
    }

    /** One step of a stream pipeline on a collection value; null when the call is not one. */
    @Override
    public Value instanceCall(Value receiver, MethodCallExpr call, Env env) {
        if (!(receiver instanceof Value.Elements elements)) {
            return null;
        }
        if (!elements.paths().isEmpty()) {
            // a collection one of a few that branches left: the step on each, kept apart
            List<Value> results = new ArrayList<>();
            for (Value.Elements path : elements.paths()) {
                Value result = instanceCall(path, call, env);
                if (result == null) {
                    return null;
                }
                results.add(result);
            }
            return evaluator.values.join(results, call, env);
        }
        Expression scope = call.getScope().orElseThrow();
        String method = call.getNameAsString();
        if (method.equals("stream") || method.equals("parallelStream")) {
            return source(elements, scope, env);
        }
        if (KEEP.contains(method)) {
            return elements;
        }
        if (method.equals("filter") && call.getArguments().size() == 1) {
            return filter(elements, call.getArgument(0), env);
        }
        if (NARROW.contains(method)) {
            List<KeyValue> varying = elements.elements().stream().filter(KeyValue::variesPerElement).toList();
            return new Value.Elements(varying, varying.size() == elements.elements().size() && elements.exhaustive());
        }
        if (MAP.contains(method) && call.getArguments().size() == 1) {
            return map(elements, call.getArgument(0), env);
        }
        if (method.equals("collect") && call.getArguments().size() == 1) {
            return collect(elements, call.getArgument(0), call, env);
        }
        return null;
    }

    /**
     * The elements a predicate keeps: those it is true for; one that differs per item stands for items of which some
     * may pass, so it stays; where the predicate cannot be told, the element is left out and the result is no longer
     * known to be all there is.
     */
    private Value.Elements filter(Value.Elements elements, Expression predicate, Env env) {
        List<KeyValue> kept = new ArrayList<>();
        boolean exhaustive = elements.exhaustive();
        for (KeyValue element : elements.elements()) {
            if (element.variesPerElement()) {
                kept.add(element);
                continue;
            }
            Value verdict = apply(predicate, new Value.Single(element, Value.Kind.STRING,
                    element.knownText().orElse(null)), env);
            if (verdict instanceof Value.Single single && single.constant() instanceof Boolean passes) {
                if (passes) {
                    kept.add(element);
                }
            } else {
                exhaustive = false;
            }
        }
        return new Value.Elements(kept, exhaustive);
    }

    /** A stream over a collection: its elements when they are known, else one element that differs per item. */
    Value.Elements source(Value collection, Expression of, Env env) {
        if (collection instanceof Value.Elements elements && (elements.exhaustive() || !elements.elements().isEmpty())) {
            return elements;
        }
        return new Value.Elements(List.of(KeyValue.unknown(element(of, env, false))), true);
    }

    private static Symbol element(Node of, Env env, boolean number) {
        String label = of.toString();
        label = (label.length() > 30 ? label.substring(0, 27) + "..." : label) + "[i]";
        return new Symbol("element:" + Symbols.ownerKey(of) + ":" + of, label, number, true);
    }

    private Value.Elements map(Value.Elements elements, Expression function, Env env) {
        List<KeyValue> mapped = new ArrayList<>();
        for (KeyValue element : elements.elements()) {
            Value result = apply(function, new Value.Single(element, Value.Kind.STRING,
                    element.knownText().orElse(null)), env);
            KeyValue key = evaluator.values.keyOf(result, function, env);
            // what the function makes of an item that differs per item differs too, even when nothing else is known
            mapped.add(element.variesPerElement() && key.isOpaque() && !key.variesPerElement()
                    ? KeyValue.unknown(element(function, env, false)) : key);
        }
        return new Value.Elements(mapped, elements.exhaustive());
    }

    private Value collect(Value.Elements elements, Expression collector, MethodCallExpr call, Env env) {
        if (!(collector instanceof MethodCallExpr collectorCall)) {
            return null;
        }
        String name = collectorCall.getNameAsString();
        if (COLLECT_TO_COLLECTION.contains(name)) {
            return elements;
        }
        if (name.equals("joining") && collectorCall.getArguments().size() <= 1) {
            if (!elements.exhaustive() || elements.elements().stream().anyMatch(KeyValue::variesPerElement)) {
                return evaluator.unknown(call, env);
            }
            KeyValue separator = collectorCall.getArguments().isEmpty() ? KeyValue.text("")
                    : evaluator.values.keyOf(evaluator.eval(collectorCall.getArgument(0), env), collectorCall, env);
            Supplier<Symbol> whole = evaluator.symbols.lazily(call, env);
            KeyValue joined = KeyValue.text("");
            for (int i = 0; i < elements.elements().size(); i++) {
                joined = (i == 0 ? joined : joined.concat(separator, whole)).concat(elements.elements().get(i), whole);
            }
            return new Value.Single(joined, Value.Kind.STRING, joined.knownText().orElse(null));
        }
        return null;
    }

    /** A lambda or method reference applied to one argument. */
    Value apply(Expression function, Value argument, Env env) {
        if (function instanceof LambdaExpr lambda && lambda.getParameters().size() == 1) {
            Map<Node, Value> bound = new IdentityHashMap<>();
            bound.put(lambda.getParameter(0), argument);
            Env inside = env.bind(bound).varyingIn(lambda);
            if (lambda.getExpressionBody().isPresent()) {
                return evaluator.eval(lambda.getExpressionBody().get(), inside);
            }
            List<ReturnStmt> returns = lambda.getBody().findAll(ReturnStmt.class,
                    r -> r.findAncestor(LambdaExpr.class).orElse(null) == lambda && r.getExpression().isPresent());
            if (!returns.isEmpty() && returns.size() <= KeyValue.MAX_ALTERNATIVES) {
                List<Value> results = new ArrayList<>();
                returns.forEach(r -> results.add(evaluator.eval(r.getExpression().get(), inside)));
                return results.size() == 1 ? results.get(0) : evaluator.values.join(results, lambda, env);
            }
            if (lambda.getBody() instanceof ExpressionStmt statement) {
                return evaluator.eval(statement.getExpression(), inside);
            }
        }
        if (function instanceof MethodReferenceExpr reference) {
            Optional<Value> referenced = reference(reference, argument, env);
            if (referenced.isPresent()) {
                return referenced.get();
            }
        }
        return evaluator.unknown(function, env);
    }

    /**
     * {@code Keys::user}, {@code this::key}, {@code keys::user} on a project object, {@code String::valueOf},
     * {@code String::toUpperCase}.
     */
    private Optional<Value> reference(MethodReferenceExpr reference, Value argument, Env env) {
        String method = reference.getIdentifier();
        Expression scope = reference.getScope();
        if (scope instanceof ThisExpr) {
            return reference.findAncestor(TypeDeclaration.class).flatMap(owner -> evaluator.helpers.helper(
                    (TypeDeclaration<?>) owner, method, reference, List.of(argument), env, Map.of()));
        }
        String written = scope instanceof TypeExpr type ? type.getType().asString() : scope.toString();
        if (written.equals("String") && (method.equals("valueOf") || method.equals("toString"))
                || written.equals("Objects") && method.equals("toString")) {
            return Optional.of(evaluator.values.asText(argument, null, env));
        }
        if (written.equals("String") && argument instanceof Value.Single single) {
            Optional<String> text = single.text().knownText();
            if (method.equals("toUpperCase") || method.equals("toLowerCase") || method.equals("trim")) {
                return Optional.of(text.map(t -> (Value) Value.Single.ofString(switch (method) {
                    case "toUpperCase" -> t.toUpperCase(java.util.Locale.ROOT);
                    case "toLowerCase" -> t.toLowerCase(java.util.Locale.ROOT);
                    default -> t.trim();
                })).orElseGet(() -> evaluator.unknown(reference, env)));
            }
        }
        String resolved = evaluator.resolver.typeNames(reference).resolveOrNull(written, reference);
        if (resolved == null) {
            // keys::user on an object (which the parser may read as a type name): the method its declared type has
            resolved = (scope instanceof TypeExpr ? Declaration.find(written, scope)
                    .flatMap(d -> evaluator.resolver.expressionTypes(scope).declaredType(d, 0))
                    : evaluator.resolver.typeOf(scope)).orElse(null);
        }
        if (resolved != null) {
            Optional<TypeDeclaration<?>> owner = evaluator.resolver.projectType(resolved);
            if (owner.isPresent()) {
                return evaluator.helpers.helper(owner.get(), method, reference, List.of(argument), env, Map.of());
            }
        }
        return Optional.empty();
    }
}

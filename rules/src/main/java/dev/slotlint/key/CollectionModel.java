package dev.slotlint.key;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arrays, collections and maps as the keys they hold: the JDK's and Guava's factories, the JDK's collection
 * classes, and the calls that pass a collection on unchanged.
 */
final class CollectionModel implements Model {

    /** Collection classes whose {@code new} the model knows. */
    static final Set<String> TYPES = Set.of(
            "java.util.ArrayList", "java.util.LinkedList", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.TreeSet", "java.util.ArrayDeque", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.CopyOnWriteArrayList",
            "java.util.Vector");
    private static final Set<String> FACTORIES = Set.of(
            "java.util.List#of", "java.util.Set#of", "java.util.List#copyOf", "java.util.Set#copyOf",
            "java.util.Arrays#asList", "java.util.Collections#singletonList", "java.util.Collections#singleton",
            "java.util.stream.Stream#of", "com.google.common.collect.ImmutableList#of",
            "com.google.common.collect.ImmutableSet#of", "com.google.common.collect.Lists#newArrayList",
            "com.google.common.collect.Sets#newHashSet", "com.google.common.collect.Sets#newLinkedHashSet");
    private static final Set<String> MAP_FACTORIES = Set.of(
            "java.util.Map#of", "com.google.common.collect.ImmutableMap#of", "java.util.Collections#singletonMap");
    private static final Set<String> EMPTY = Set.of("java.util.Collections#emptyList",
            "java.util.Collections#emptySet", "java.util.Collections#emptyMap", "java.util.Collections#emptySortedSet",
            "com.google.common.collect.ImmutableList#of", "com.google.common.collect.ImmutableSet#of");
    /** Methods that give back their first argument. */
    private static final Set<String> IDENTITIES = Set.of(
            "java.util.Objects#requireNonNull", "java.util.Objects#requireNonNullElse",
            "java.util.Collections#unmodifiableList", "java.util.Collections#unmodifiableSet",
            "java.util.Collections#unmodifiableMap", "java.util.Collections#unmodifiableCollection");

    private final KeyEvaluator evaluator;

    CollectionModel(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Value staticCall(String owner, MethodCallExpr call, Env env) {
        String key = owner + "#" + call.getNameAsString();
        NodeList<Expression> arguments = call.getArguments();
        if (IDENTITIES.contains(key) && !arguments.isEmpty()) {
            return evaluator.eval(arguments.get(0), env);
        }
        if (FACTORIES.contains(key)) {
            if (arguments.size() == 1 && !key.endsWith("#of") && !key.endsWith("#singleton")
                    && !key.endsWith("#singletonList")) {
                return evaluator.values.elementsOf(evaluator.eval(arguments.get(0), env));
            }
            if (arguments.size() == 1) {
                Value only = evaluator.eval(arguments.get(0), env);
                if (only instanceof Value.Elements elements) {
                    return elements;
                }
            }
            return new Value.Elements(keys(arguments, 1, env), true);
        }
        if (EMPTY.contains(key) && arguments.isEmpty()) {
            return new Value.Elements(List.of(), true);
        }
        if (MAP_FACTORIES.contains(key)) {
            return new Value.Elements(keys(arguments, 2, env), arguments.size() % 2 == 0);
        }
        if (key.equals("java.util.Map#ofEntries")) {
            List<KeyValue> keys = new ArrayList<>();
            boolean exhaustive = true;
            for (Expression argument : arguments) {
                if (argument instanceof MethodCallExpr entry && entry.getNameAsString().equals("entry")
                        && entry.getArguments().size() == 2) {
                    Expression entryKey = entry.getArguments().get(0);
                    keys.add(evaluator.values.keyOf(evaluator.eval(entryKey, env), entryKey, env));
                } else {
                    exhaustive = false;
                }
            }
            return new Value.Elements(keys, exhaustive);
        }
        return null;
    }

    /** The keys among the arguments, every {@code step}th from the first: all of them, or a map's keys. */
    private List<KeyValue> keys(NodeList<Expression> arguments, int step, Env env) {
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i += step) {
            keys.add(evaluator.values.keyOf(evaluator.eval(arguments.get(i), env), arguments.get(i), env));
        }
        return keys;
    }

    @Override
    public Value instanceCall(Value receiver, MethodCallExpr call, Env env) {
        if (!(receiver instanceof Value.Elements elements)) {
            return null;
        }
        if (!elements.exhaustive() && elements.elements().isEmpty() && elements.paths().isEmpty()) {
            return null; // elements not known at all: the stream model follows them as one element per item
        }
        NodeList<Expression> arguments = call.getArguments();
        switch (call.getNameAsString()) {
            case "toArray", "keySet", "stream", "toList", "asList", "copyOf" -> {
                return elements;
            }
            case "get" -> {
                if (arguments.size() == 1 && evaluator.eval(arguments.get(0), env) instanceof Value.Single i
                        && i.constant() instanceof Long position && elements.exhaustive()
                        && position >= 0 && position < elements.elements().size()) {
                    KeyValue element = elements.elements().get(position.intValue());
                    return new Value.Single(element, Value.Kind.STRING, element.knownText().orElse(null));
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    @Override
    public Value creation(String type, ObjectCreationExpr creation, Env env) {
        if (!TYPES.contains(type)) {
            return null;
        }
        if (creation.getAnonymousClassBody().isPresent()) {
            return doubleBrace(creation.getAnonymousClassBody().get(), env);
        }
        NodeList<Expression> arguments = creation.getArguments();
        if (arguments.size() == 1) {
            Value source = evaluator.eval(arguments.get(0), env);
            if (source instanceof Value.Elements elements) {
                return elements;
            }
        }
        for (Expression argument : arguments) {
            if (!(evaluator.eval(argument, env) instanceof Value.Single size && size.kind().isNumeric())) {
                return Value.Elements.UNKNOWN;
            }
        }
        return new Value.Elements(List.of(), true);
    }

    /**
     * {@code new ArrayList<String>() {{ add(a); add(b); }}}: the elements its initializer adds, when adding is all
     * the anonymous class does.
     */
    private Value doubleBrace(NodeList<BodyDeclaration<?>> body, Env env) {
        List<KeyValue> keys = new ArrayList<>();
        for (BodyDeclaration<?> member : body) {
            if (!(member instanceof InitializerDeclaration initializer) || initializer.isStatic()) {
                return Value.Elements.UNKNOWN;
            }
            for (Statement statement : initializer.getBody().getStatements()) {
                if (!(statement instanceof ExpressionStmt expression
                        && expression.getExpression() instanceof MethodCallExpr call
                        && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr)
                        && ADDERS.contains(call.getNameAsString()) && !call.getArguments().isEmpty())) {
                    return Value.Elements.UNKNOWN;
                }
                Expression added = call.getArgument(0);
                keys.add(evaluator.values.keyOf(evaluator.eval(added, env), added, env));
            }
        }
        return new Value.Elements(keys, true);
    }

    /** What a double-brace initializer may call: adding one element, or one entry (its key first). */
    private static final Set<String> ADDERS = Set.of("add", "put");
}

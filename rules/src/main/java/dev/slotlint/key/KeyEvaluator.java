package dev.slotlint.key;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.JavaSources;
import dev.slotlint.source.Location;
import dev.slotlint.source.Problem;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.Resolver;
import dev.slotlint.source.TypeNames;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Evaluates Java expressions to what can be known of them statically, the way a careful reviewer reads a key:
 * literals, constants anywhere in the project, concatenation, formatting, builders, collections, locals as they
 * stand at the point of use, and the project's key-helper methods applied to the caller's arguments. What cannot be
 * known becomes a {@link Symbol} with an identity, so that equal unknowns are still recognised as equal.
 *
 * <p>This class is the interpreter's core: it walks expressions over an {@link Env} and hands names to
 * {@link Variables}, project methods to {@link Helpers} and library methods to the {@link Model}s. One evaluator
 * serves one thread; the constant memo it is given may be shared.
 */
public final class KeyEvaluator {

    /** How many helper calls and constant hops deep evaluation follows before giving up on a value. */
    static final int MAX_DEPTH = 24;

    /** Simple names of library types a call may name without an import that resolves them. */
    private static final Map<String, String> KNOWN_STATIC_OWNERS = Map.ofEntries(
            Map.entry("List", "java.util.List"), Map.entry("Set", "java.util.Set"), Map.entry("Map", "java.util.Map"),
            Map.entry("Arrays", "java.util.Arrays"), Map.entry("Collections", "java.util.Collections"),
            Map.entry("Objects", "java.util.Objects"), Map.entry("Stream", "java.util.stream.Stream"),
            Map.entry("SafeEncoder", "redis.clients.jedis.util.SafeEncoder"),
            Map.entry("ImmutableList", "com.google.common.collect.ImmutableList"),
            Map.entry("ImmutableSet", "com.google.common.collect.ImmutableSet"),
            Map.entry("ImmutableMap", "com.google.common.collect.ImmutableMap"),
            Map.entry("Lists", "com.google.common.collect.Lists"), Map.entry("Sets", "com.google.common.collect.Sets"),
            Map.entry("Joiner", "com.google.common.base.Joiner"),
            Map.entry("IntStream", "java.util.stream.IntStream"), Map.entry("LongStream", "java.util.stream.LongStream"),
            Map.entry("Collectors", "java.util.stream.Collectors"));

    final Resolver resolver;
    private final Consumer<Problem> problems;
    final Symbols symbols = new Symbols();
    final Values values = new Values(this);
    final Arithmetic arithmetic = new Arithmetic(this);
    final Enums enums = new Enums(this);
    final Builders builders = new Builders(this);
    final Scripts scripts = new Scripts(this);
    final Strings strings = new Strings(this);
    final Streams streams = new Streams(this);
    final Resources resources;
    final Variables variables;
    final ConfigValues config;
    final FieldValues fields = new FieldValues(this);
    final Helpers helpers = new Helpers(this);
    final Statements statements = new Statements(this);
    final LocalFlow locals = new LocalFlow(this);
    private final Selections selections = new Selections(this);
    private final List<Model> models;
    /** What the evaluation assumed of values the code does not fix (a setting's default, a field's initial value). */
    private final Set<String> assumptions = new LinkedHashSet<>();

    /**
     * @param constants memo of constant values by {@code Owner#NAME}; may be shared between evaluators
     * @param resources the text of a project resource (a {@code .lua} script) named by a path as the code writes
     *                  it ({@code "/scripts/lock.lua"}, {@code "src/main/resources/scripts/lock.lua"})
     * @param settings  the project's configuration settings, for {@code @Value} and {@code getProperty}
     */
    public KeyEvaluator(Resolver resolver, Map<String, Value> constants, Consumer<Problem> problems,
                        Function<String, Optional<String>> resources, Function<String, List<String>> settings) {
        this.resolver = resolver;
        this.problems = problems;
        this.resources = new Resources(this, resources);
        this.variables = new Variables(this, constants);
        this.config = new ConfigValues(this, settings::apply);
        this.models = List.of(streams, enums, new Joiners(this), strings, builders, new CollectionModel(this),
                scripts, new Holders(this), this.resources, config);
    }

    /** An evaluator over a project whose library types are known by name only, reading no resources. */
    public KeyEvaluator(ProjectIndex index, Map<String, Value> constants, Consumer<Problem> problems,
                        TypeNames.Known knownTypes) {
        this(new Resolver(new Resolver.Project(index, knownTypes, (owner, method) -> Optional.empty())), constants,
                problems, path -> Optional.empty(), key -> List.of());
    }

    /** Starts afresh the record of what evaluation assumes: before the keys of one call are evaluated. */
    public void forgetAssumptions() {
        assumptions.clear();
    }

    /** What evaluation assumed since {@link #forgetAssumptions()}, each once, in the order first made. */
    public List<String> assumptions() {
        return List.copyOf(assumptions);
    }

    void assume(String assumption) {
        assumptions.add(assumption);
    }

    /** Takes back the assumptions made since {@code before}: evaluation that turned out not to matter. */
    void retractAssumptionsBut(Set<String> before) {
        assumptions.retainAll(before);
    }

    /** The assumptions made so far, to tell later which a piece of evaluation added. */
    Set<String> assumptionsSoFar() {
        return Set.copyOf(assumptions);
    }

    /** Reports something that kept part of the code from being analysed. */
    public void problem(Location location, String message) {
        problems.accept(new Problem(location, message));
    }

    /** The key an expression denotes. */
    public KeyValue key(Expression expression) {
        return values.keyOf(eval(expression, Env.ROOT), expression, Env.ROOT);
    }

    /** The keys an array, collection or map (its keys) holds; a single key passed as varargs counts as one. */
    public Value.Elements elements(Expression expression) {
        return values.elementsOf(eval(expression, Env.ROOT));
    }

    /** The value of an int expression when it is a constant. */
    public OptionalInt intConstant(Expression expression) {
        Value value = eval(expression, Env.ROOT);
        if (value instanceof Value.Single single && single.constant() instanceof Long number
                && single.kind().isIntegral()) {
            return OptionalInt.of(number.intValue());
        }
        return OptionalInt.empty();
    }

    /** The value of any expression, for callers that need more than keys. */
    public Value value(Expression expression) {
        return eval(expression, Env.ROOT);
    }

    /**
     * The value of an expression inside a method whose parameters (or locals) are bound to known values: how a call
     * through a wrapper method is evaluated with the caller's arguments.
     */
    public Value value(Expression expression, Map<Node, Value> bindings) {
        return bindings.isEmpty() ? eval(expression, Env.ROOT) : eval(expression, Env.ROOT.call(bindings));
    }

    /** Binds a method's parameters to argument values, packing trailing arguments into a varargs parameter. */
    public Map<Node, Value> bindParameters(NodeList<Parameter> parameters, List<Value> arguments) {
        Map<Node, Value> bindings = new IdentityHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter.isVarArgs()) {
                if (arguments.size() == parameters.size() && arguments.get(i) instanceof Value.Elements elements) {
                    bindings.put(parameter, elements);
                } else {
                    List<KeyValue> rest = new ArrayList<>();
                    for (int j = i; j < arguments.size(); j++) {
                        rest.add(values.keyOf(arguments.get(j), null, Env.ROOT));
                    }
                    bindings.put(parameter, new Value.Elements(rest, true));
                }
            } else if (i < arguments.size()) {
                bindings.put(parameter, arguments.get(i));
            }
        }
        return bindings;
    }

    /** The key a single value denotes, as {@code String.valueOf} would print it. */
    public KeyValue keyOf(Value.Single value) {
        return values.asText(value, null, Env.ROOT).text();
    }

    /** A value as the keys it holds; one key counts as a collection of one. */
    public Value.Elements elementsOf(Value value) {
        return values.elementsOf(value);
    }

    // ---------------------------------------------------------------------------------------------- expressions

    Value eval(Expression expression, Env env) {
        try {
            return evaluate(expression, env);
        } catch (KeyValue.TooLarge tooLarge) {
            problem(location(expression), tooLarge.getMessage() + "; treated as unknown");
            return unknown(expression, env);
        }
    }

    /** Where a node stands in its file, for problems. */
    static Location location(Node node) {
        return new Location(JavaSources.pathOf(node).orElse(java.nio.file.Path.of("?")),
                Math.max(1, Symbols.line(node)), node.getBegin().map(p -> p.column).orElse(1));
    }

    private Value evaluate(Expression expression, Env env) {
        if (env.depth() > MAX_DEPTH) {
            return unknown(expression, env);
        }
        if (expression instanceof StringLiteralExpr literal) {
            return Value.Single.ofString(Literals.unescape(literal));
        }
        if (expression instanceof TextBlockLiteralExpr block) {
            return Value.Single.ofString(block.asString());
        }
        if (expression instanceof CharLiteralExpr c) {
            char value = c.asChar();
            return new Value.Single(KeyValue.text(String.valueOf(value)), Value.Kind.CHAR, value);
        }
        if (expression instanceof IntegerLiteralExpr i) {
            return Arithmetic.number(i.asNumber().longValue(), Value.Kind.INT);
        }
        if (expression instanceof LongLiteralExpr l) {
            return Arithmetic.number(l.asNumber().longValue(), Value.Kind.LONG);
        }
        if (expression instanceof DoubleLiteralExpr d) {
            String text = d.getValue();
            boolean isFloat = text.endsWith("f") || text.endsWith("F");
            return Arithmetic.decimal(isFloat ? Float.parseFloat(text) : d.asDouble(),
                    isFloat ? Value.Kind.FLOAT : Value.Kind.DOUBLE);
        }
        if (expression instanceof BooleanLiteralExpr b) {
            return new Value.Single(KeyValue.text(String.valueOf(b.getValue())), Value.Kind.BOOLEAN, b.getValue());
        }
        if (expression instanceof NullLiteralExpr) {
            return new Value.Single(KeyValue.text("null"), Value.Kind.NULL, null);
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return eval(enclosed.getInner(), env);
        }
        if (expression instanceof CastExpr cast) {
            return arithmetic.cast(cast, eval(cast.getExpression(), env));
        }
        if (expression instanceof BinaryExpr binary) {
            return binary.getOperator() == BinaryExpr.Operator.PLUS ? sum(binary, env)
                    : arithmetic.binary(binary, env);
        }
        if (expression instanceof UnaryExpr unary) {
            return arithmetic.unary(unary, env);
        }
        if (expression instanceof ConditionalExpr conditional) {
            Value condition = eval(conditional.getCondition(), env);
            if (condition instanceof Value.Single s && s.constant() instanceof Boolean chosen) {
                return eval(chosen ? conditional.getThenExpr() : conditional.getElseExpr(), env);
            }
            return values.join(List.of(eval(conditional.getThenExpr(), env), eval(conditional.getElseExpr(), env)),
                    expression, env);
        }
        if (expression instanceof NameExpr name) {
            return variables.name(name, env);
        }
        if (expression instanceof FieldAccessExpr access) {
            return variables.fieldAccess(access, env);
        }
        if (expression instanceof MethodCallExpr call) {
            return call(call, env);
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return creation(creation, env);
        }
        if (expression instanceof ArrayCreationExpr creation) {
            return creation.getInitializer().map(init -> eval(init, env))
                    .orElse(new Value.Elements(List.of(), true));
        }
        if (expression instanceof ArrayInitializerExpr initializer) {
            List<KeyValue> elements = new ArrayList<>();
            for (Expression element : initializer.getValues()) {
                elements.add(values.keyOf(eval(element, env), element, env));
            }
            return new Value.Elements(elements, true);
        }
        if (expression instanceof ArrayAccessExpr access) {
            return selections.arrayAccess(access, env);
        }
        if (expression instanceof SwitchExpr switchExpr) {
            return selections.switchExpression(switchExpr, env);
        }
        if (expression instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            return eval(assign.getValue(), env);
        }
        if (expression instanceof LambdaExpr || expression instanceof MethodReferenceExpr) {
            return Value.Single.unknown(symbols.symbolFor(expression, env), Value.Kind.OPTION);
        }
        return unknown(expression, env);
    }

    /** Applies a lambda or method reference to one value, as {@code map} and {@code forEach} do. */
    Value apply(Expression function, Value argument, Env env) {
        return streams.apply(function, argument, env);
    }

    /** {@code a + b + c ...}, walked iteratively so that long concatenations cannot exhaust the stack. */
    private Value sum(BinaryExpr binary, Env env) {
        Deque<Expression> operands = new ArrayDeque<>();
        Expression left = binary;
        while (left instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            operands.push(b.getRight());
            left = b.getLeft();
        }
        operands.push(left);
        Value total = eval(operands.pop(), env);
        while (!operands.isEmpty()) {
            Expression next = operands.pop();
            total = plus(total, eval(next, env), binary, env);
        }
        return total;
    }

    /** {@code a + b}: text when either side is text, else arithmetic. */
    Value plus(Value a, Value b, Expression where, Env env) {
        if (!(a instanceof Value.Single left) || !(b instanceof Value.Single right)) {
            return unknown(where, env);
        }
        boolean text = left.kind() == Value.Kind.STRING || right.kind() == Value.Kind.STRING
                || !left.kind().isNumeric() || !right.kind().isNumeric();
        if (text) {
            Object constant = left.constant() instanceof String x && right.constant() != null
                    ? x + right.text().knownText().orElse("")
                    : null;
            KeyValue joined = left.text().concat(right.text(), symbols.lazily(where, env));
            return new Value.Single(joined, Value.Kind.STRING,
                    constant != null ? constant : joined.knownText().orElse(null));
        }
        return arithmetic.numeric(BinaryExpr.Operator.PLUS, left, right, where, env);
    }

    // ---------------------------------------------------------------------------------------------- method calls

    private Value call(MethodCallExpr call, Env env) {
        if (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr self && self.getTypeName().isEmpty()) {
            return helpers.unqualifiedCall(call, env);
        }
        Expression scope = call.getScope().get();
        Optional<String> staticOwner = staticOwner(scope);
        if (staticOwner.isPresent()) {
            Value result = staticCall(staticOwner.get(), call, env);
            if (result != null) {
                return result;
            }
        }
        Value receiver = eval(scope, env);
        for (Model model : models) {
            Value result = model.instanceCall(receiver, call, env);
            if (result != null) {
                return result;
            }
        }
        Optional<Value> helper = helpers.instanceHelper(scope, receiver, call, env);
        if (helper.isPresent()) {
            return helper.get();
        }
        Optional<String> resource = resources.text(call, env);
        if (resource.isPresent()) {
            return Value.Single.ofString(resource.get());
        }
        if (receiver instanceof Value.Single single && single.kind() == Value.Kind.OPTION) {
            return Value.Single.unknown(symbols.symbolFor(call, env), Value.Kind.OPTION);
        }
        return givesMany(call) ? Value.Elements.UNKNOWN : unknown(call, env);
    }

    /** Whether an unknown call gives an array or a collection, by its name or the type it is declared to return. */
    boolean givesMany(MethodCallExpr call) {
        if (GIVE_MANY.contains(call.getNameAsString())) {
            return true;
        }
        Optional<String> type = resolver.typeOf(call);
        return type.isPresent() && (COLLECTION_TYPES.contains(type.get())
                || type.get().endsWith("[]") && !type.get().equals("byte[]"));
    }

    private static final java.util.Set<String> COLLECTION_TYPES = java.util.Set.of("java.util.List",
            "java.util.Set", "java.util.Collection", "java.util.SortedSet", "java.util.NavigableSet",
            "java.lang.Iterable", "java.util.Queue", "java.util.Deque", "java.util.ArrayList", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.LinkedList", "java.util.TreeSet", "List", "Set", "Collection");

    /** Methods that give an array or a collection: unknown, they are some elements, never one key. */
    private static final java.util.Set<String> GIVE_MANY = java.util.Set.of("toArray", "toList", "keySet",
            "entrySet", "values", "split");

    /** A static call on a type: a library model's value, or the project method's; null when neither knows it. */
    Value staticCall(String owner, MethodCallExpr call, Env env) {
        for (Model model : models) {
            Value result = model.staticCall(owner, call, env);
            if (result != null) {
                return result;
            }
        }
        return helpers.staticHelper(owner, call, env);
    }

    /** The qualified type a call's scope names, when the scope is a type rather than a value. */
    private Optional<String> staticOwner(Expression scope) {
        String written;
        if (scope instanceof NameExpr name) {
            if (Declaration.find(name.getNameAsString(), name).isPresent()) {
                return Optional.empty();
            }
            written = name.getNameAsString();
        } else if (scope instanceof FieldAccessExpr access && Character.isUpperCase(access.getNameAsString().charAt(0))
                && isQualifiedName(access)) {
            written = access.toString();
        } else {
            return Optional.empty();
        }
        String resolved = resolver.typeNames(scope).resolveOrNull(written, scope);
        if (resolved == null && Character.isUpperCase(written.charAt(written.lastIndexOf('.') + 1))) {
            resolved = KNOWN_STATIC_OWNERS.getOrDefault(written, written);
        }
        return Optional.ofNullable(resolved);
    }

    private static boolean isQualifiedName(Expression expression) {
        if (expression instanceof NameExpr) {
            return true;
        }
        return expression instanceof FieldAccessExpr access && isQualifiedName(access.getScope());
    }

    private Value creation(ObjectCreationExpr creation, Env env) {
        String type = resolver.typeNames(creation).resolve(creation.getType(), creation);
        if (type.indexOf('.') < 0 && !resolver.isProjectType(type)) {
            type = Values.JDK_TYPES.getOrDefault(type, type);
        }
        for (Model model : models) {
            Value result = model.creation(type, creation, env);
            if (result != null) {
                return result;
            }
        }
        return Value.Single.unknown(symbols.symbolFor(creation, env), Value.Kind.OPTION);
    }

    /** The values of a call's arguments, in order. */
    List<Value> arguments(MethodCallExpr call, Env env) {
        List<Value> values = new ArrayList<>();
        for (Expression argument : call.getArguments()) {
            values.add(eval(argument, env));
        }
        return values;
    }

    /** An unknown value standing for an expression: the same text in the same method is the same value. */
    /**
     * The Lua text an EVAL or EVALSHA argument carries: a script's text, a script object's ({@code RedisScript}), the
     * script a SHA from {@code scriptLoad} stands for; empty when unknown, and for a SHA written out.
     */
    public static Optional<String> scriptText(Value value) {
        return Scripts.text(value);
    }

    Value unknown(Node expression, Env env) {
        return Value.Single.unknown(symbols.symbolFor(expression, env), Value.Kind.STRING);
    }
}

package dev.slotlint.key;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
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
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.ExpressionTypes;
import dev.slotlint.source.ImportContext;
import dev.slotlint.source.JavaSources;
import dev.slotlint.source.Location;
import dev.slotlint.source.Problem;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.TypeNames;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Evaluates Java expressions to what can be known of them statically, the way a careful reviewer reads a key:
 * literals, constants anywhere in the project, concatenation, formatting, builders, collections, locals as they
 * stand at the point of use, and the project's key-helper methods applied to the caller's arguments. What cannot be
 * known becomes a {@link Symbol} with an identity, so that equal unknowns are still recognised as equal.
 *
 * <p>One evaluator serves one thread; the constant memo it is given may be shared.
 */
public final class KeyEvaluator {

    /** How many helper calls and constant hops deep evaluation follows before giving up on a value. */
    static final int MAX_DEPTH = 24;

    private static final Set<String> COLLECTION_FACTORIES = Set.of(
            "java.util.List#of", "java.util.Set#of", "java.util.List#copyOf", "java.util.Set#copyOf",
            "java.util.Arrays#asList", "java.util.Collections#singletonList", "java.util.Collections#singleton",
            "java.util.stream.Stream#of", "com.google.common.collect.ImmutableList#of",
            "com.google.common.collect.ImmutableSet#of", "com.google.common.collect.Lists#newArrayList",
            "com.google.common.collect.Sets#newHashSet", "com.google.common.collect.Sets#newLinkedHashSet");
    private static final Set<String> MAP_FACTORIES = Set.of(
            "java.util.Map#of", "com.google.common.collect.ImmutableMap#of", "java.util.Collections#singletonMap");
    private static final Set<String> IDENTITY_FUNCTIONS = Set.of(
            "java.util.Objects#requireNonNull", "java.util.Objects#requireNonNullElse",
            "redis.clients.jedis.util.SafeEncoder#encode", "java.lang.String#copyValueOf",
            "java.util.Collections#unmodifiableList", "java.util.Collections#unmodifiableSet",
            "java.util.Collections#unmodifiableMap", "java.util.Collections#unmodifiableCollection");
    private static final Set<String> NUMBER_TYPES = Set.of(
            "int", "long", "short", "byte", "double", "float", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "Integer", "Long", "Short",
            "Byte", "Double", "Float", "java.util.UUID", "UUID", "boolean", "java.lang.Boolean", "Boolean");
    private static final Set<String> COLLECTION_TYPES = Set.of(
            "java.util.ArrayList", "java.util.LinkedList", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.TreeSet", "java.util.ArrayDeque", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.CopyOnWriteArrayList",
            "java.util.Vector");
    private static final Set<String> BUILDER_TYPES = Set.of("java.lang.StringBuilder", "java.lang.StringBuffer");

    private final ProjectIndex index;
    private final Map<String, Value> constants;
    private final Consumer<Problem> problems;
    private final Map<CompilationUnit, TypeNames> typeNames = new IdentityHashMap<>();
    private final Map<CompilationUnit, ExpressionTypes> expressionTypes = new IdentityHashMap<>();
    private final Map<String, Value> helperMemo = new java.util.HashMap<>();
    /** The symbol of each expression met, since printing an expression is not cheap. */
    private final Map<Node, Symbol> symbols = new IdentityHashMap<>();
    /** Constants being evaluated, outermost first, with where each is declared. */
    private final Map<String, Location> constantsInProgress = new java.util.LinkedHashMap<>();
    private final Set<String> inCycle = new java.util.HashSet<>();
    private final Deque<String> helpersInProgress = new ArrayDeque<>();
    private final LocalFlow locals = new LocalFlow(this);
    private final Streams streams = new Streams(this);
    private final TypeNames.Known knownTypes;
    private final java.util.function.Function<String, Optional<String>> resources;

    /**
     * @param constants memo of constant values by {@code Owner#NAME}; may be shared between evaluators
     * @param knownTypes  types outside the project that name resolution must know (client types)
     */
    public KeyEvaluator(ProjectIndex index, Map<String, Value> constants, Consumer<Problem> problems,
                        TypeNames.Known knownTypes) {
        this(index, constants, problems, knownTypes, path -> Optional.empty());
    }

    /**
     * @param resources the text of a project resource (a {@code .lua} script) named by a path as the code writes
     *                  it ({@code "/scripts/lock.lua"}, {@code "src/main/resources/scripts/lock.lua"})
     */
    public KeyEvaluator(ProjectIndex index, Map<String, Value> constants, Consumer<Problem> problems,
                        TypeNames.Known knownTypes, java.util.function.Function<String, Optional<String>> resources) {
        this.index = index;
        this.constants = constants;
        this.problems = problems;
        this.knownTypes = name -> index.isType(name) || knownTypes.isType(name);
        this.resources = resources;
    }

    /** Reports something that kept part of the code from being analysed. */
    public void problem(Location location, String message) {
        problems.accept(new Problem(location, message));
    }

    /** The key an expression denotes. */
    public KeyValue key(Expression expression) {
        return keyOf(eval(expression, Env.ROOT), expression, Env.ROOT);
    }

    /** The keys an array, collection or map (its keys) holds; a single key passed as varargs counts as one. */
    public Value.Elements elements(Expression expression) {
        return elementsOf(eval(expression, Env.ROOT));
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
        return bindings.isEmpty() ? eval(expression, Env.ROOT) : eval(expression, new Env(bindings, 1, null));
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
                        rest.add(keyOf(arguments.get(j), null, Env.ROOT));
                    }
                    bindings.put(parameter, new Value.Elements(rest, true));
                }
            } else if (i < arguments.size()) {
                bindings.put(parameter, arguments.get(i));
            }
        }
        return bindings;
    }

    /** Type names as written in the unit that holds {@code node}. */
    public TypeNames typeNames(Node node) {
        CompilationUnit unit = node.findCompilationUnit().orElse(null);
        if (unit == null) {
            return new TypeNames(new ImportContext("", Map.of(), List.of(), Map.of(), List.of()), knownTypes);
        }
        return typeNames.computeIfAbsent(unit, u -> new TypeNames(ImportContext.of(u), knownTypes));
    }

    /** Static types of expressions in the unit that holds {@code node}. */
    public ExpressionTypes expressionTypes(Node node, java.util.function.BiFunction<String, String,
            Optional<String>> knownReturnType) {
        CompilationUnit unit = node.findCompilationUnit().orElseThrow();
        return expressionTypes.computeIfAbsent(unit, u -> new ExpressionTypes(typeNames(node), (owner, method) ->
                knownReturnType.apply(owner, method).or(() -> projectReturnType(owner, method))));
    }

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

    // ---------------------------------------------------------------------------------------------- expressions

    Value eval(Expression expression, Env env) {
        if (env.depth() > MAX_DEPTH) {
            return unknown(expression, env);
        }
        if (expression instanceof StringLiteralExpr literal) {
            return Value.Single.ofString(unescape(literal));
        }
        if (expression instanceof TextBlockLiteralExpr block) {
            return Value.Single.ofString(block.asString());
        }
        if (expression instanceof CharLiteralExpr c) {
            char value = c.asChar();
            return new Value.Single(KeyValue.text(String.valueOf(value)), Value.Kind.CHAR, value);
        }
        if (expression instanceof IntegerLiteralExpr i) {
            return number(i.asNumber().longValue(), Value.Kind.INT);
        }
        if (expression instanceof LongLiteralExpr l) {
            return number(l.asNumber().longValue(), Value.Kind.LONG);
        }
        if (expression instanceof DoubleLiteralExpr d) {
            String text = d.getValue();
            boolean isFloat = text.endsWith("f") || text.endsWith("F");
            return decimal(isFloat ? Float.parseFloat(text) : d.asDouble(), isFloat ? Value.Kind.FLOAT : Value.Kind.DOUBLE);
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
            return cast(cast, eval(cast.getExpression(), env));
        }
        if (expression instanceof BinaryExpr binary) {
            return binary.getOperator() == BinaryExpr.Operator.PLUS ? sum(binary, env) : arithmetic(binary, env);
        }
        if (expression instanceof UnaryExpr unary) {
            return unary(unary, env);
        }
        if (expression instanceof ConditionalExpr conditional) {
            Value condition = eval(conditional.getCondition(), env);
            if (condition instanceof Value.Single s && s.constant() instanceof Boolean chosen) {
                return eval(chosen ? conditional.getThenExpr() : conditional.getElseExpr(), env);
            }
            return join(List.of(eval(conditional.getThenExpr(), env), eval(conditional.getElseExpr(), env)),
                    expression, env);
        }
        if (expression instanceof NameExpr name) {
            return name(name, env);
        }
        if (expression instanceof FieldAccessExpr access) {
            return fieldAccess(access, env);
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
                elements.add(keyOf(eval(element, env), element, env));
            }
            return new Value.Elements(elements, true);
        }
        if (expression instanceof ArrayAccessExpr access) {
            return arrayAccess(access, env);
        }
        if (expression instanceof SwitchExpr switchExpr) {
            return switchExpression(switchExpr, env);
        }
        if (expression instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            return eval(assign.getValue(), env);
        }
        if (expression instanceof com.github.javaparser.ast.expr.LambdaExpr
                || expression instanceof com.github.javaparser.ast.expr.MethodReferenceExpr) {
            return Value.Single.unknown(symbolFor(expression, env), Value.Kind.OPTION);
        }
        return unknown(expression, env);
    }

    /** Applies a lambda or method reference to one value, as {@code map} and {@code forEach} do. */
    Value apply(Expression function, Value argument, Env env) {
        return streams.apply(function, argument, env);
    }

    Streams streams() {
        return streams;
    }

    private static String unescape(StringLiteralExpr literal) {
        String value = unicodeEscapes(literal.getValue());
        try {
            return value.translateEscapes();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** Java's {@code \u0041} escapes, which javac applies before anything else and JavaParser leaves in place. */
    static String unicodeEscapes(String text) {
        if (text.indexOf("\\u") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u' && precedingBackslashes(text, i) % 2 == 0) {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= text.length()) {
                    try {
                        out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
                        i = j + 4;
                        continue;
                    } catch (NumberFormatException e) {
                        // not an escape after all; keep the text
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int precedingBackslashes(String text, int at) {
        int count = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            count++;
        }
        return count;
    }

    private static Value.Single number(long value, Value.Kind kind) {
        return new Value.Single(KeyValue.text(Long.toString(value)), kind, value);
    }

    private static Value.Single decimal(double value, Value.Kind kind) {
        String text = kind == Value.Kind.FLOAT ? Float.toString((float) value) : Double.toString(value);
        return new Value.Single(KeyValue.text(text), kind, value);
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

    private Value plus(Value a, Value b, Expression where, Env env) {
        if (!(a instanceof Value.Single left) || !(b instanceof Value.Single right)) {
            return unknown(where, env);
        }
        boolean text = left.kind() == Value.Kind.STRING || right.kind() == Value.Kind.STRING
                || !left.kind().isNumeric() || !right.kind().isNumeric();
        if (text) {
            Object constant = left.constant() instanceof String x && right.constant() != null
                    ? x + right.text().knownText().orElse("")
                    : null;
            KeyValue joined = left.text().concat(right.text(), symbolFor(where, env));
            return new Value.Single(joined, Value.Kind.STRING,
                    constant != null ? constant : joined.knownText().orElse(null));
        }
        return numeric(BinaryExpr.Operator.PLUS, left, right, where, env);
    }

    private Value arithmetic(BinaryExpr binary, Env env) {
        Value a = eval(binary.getLeft(), env);
        Value b = eval(binary.getRight(), env);
        if (a instanceof Value.Single left && b instanceof Value.Single right) {
            if (left.constant() instanceof Boolean x && right.constant() instanceof Boolean y) {
                Boolean result = switch (binary.getOperator()) {
                    case AND -> x && y;
                    case OR -> x || y;
                    case EQUALS -> x.equals(y);
                    case NOT_EQUALS -> !x.equals(y);
                    default -> null;
                };
                if (result != null) {
                    return new Value.Single(KeyValue.text(result.toString()), Value.Kind.BOOLEAN, result);
                }
            }
            if (left.kind().isNumeric() && right.kind().isNumeric()) {
                return numeric(binary.getOperator(), left, right, binary, env);
            }
        }
        return unknown(binary, env);
    }

    private Value numeric(BinaryExpr.Operator operator, Value.Single left, Value.Single right, Expression where,
                          Env env) {
        Value.Kind kind = promote(left.kind(), right.kind());
        Object x = numericConstant(left);
        Object y = numericConstant(right);
        if (x == null || y == null) {
            return Value.Single.unknown(symbolFor(where, env), kind);
        }
        try {
            if (kind == Value.Kind.DOUBLE || kind == Value.Kind.FLOAT) {
                double p = ((Number) x).doubleValue();
                double q = ((Number) y).doubleValue();
                Double result = switch (operator) {
                    case PLUS -> p + q;
                    case MINUS -> p - q;
                    case MULTIPLY -> p * q;
                    case DIVIDE -> p / q;
                    case REMAINDER -> p % q;
                    default -> null;
                };
                return result == null ? Value.Single.unknown(symbolFor(where, env), kind) : decimal(result, kind);
            }
            long p = ((Number) x).longValue();
            long q = ((Number) y).longValue();
            Long result = switch (operator) {
                case PLUS -> p + q;
                case MINUS -> p - q;
                case MULTIPLY -> p * q;
                case DIVIDE -> p / q;
                case REMAINDER -> p % q;
                case BINARY_AND -> p & q;
                case BINARY_OR -> p | q;
                case XOR -> p ^ q;
                case LEFT_SHIFT -> kind == Value.Kind.INT ? (long) ((int) p << q) : p << q;
                case SIGNED_RIGHT_SHIFT -> kind == Value.Kind.INT ? (long) ((int) p >> q) : p >> q;
                case UNSIGNED_RIGHT_SHIFT -> kind == Value.Kind.INT ? (long) ((int) p >>> q) : p >>> q;
                default -> null;
            };
            if (result == null) {
                return Value.Single.unknown(symbolFor(where, env), kind);
            }
            return number(kind == Value.Kind.INT ? (long) (int) (long) result : result, kind);
        } catch (ArithmeticException e) {
            return Value.Single.unknown(symbolFor(where, env), kind);
        }
    }

    private static Object numericConstant(Value.Single value) {
        Object constant = value.constant();
        if (constant instanceof Character c) {
            return (long) c;
        }
        return constant instanceof Number ? constant : null;
    }

    private static Value.Kind promote(Value.Kind a, Value.Kind b) {
        if (a == Value.Kind.DOUBLE || b == Value.Kind.DOUBLE) {
            return Value.Kind.DOUBLE;
        }
        if (a == Value.Kind.FLOAT || b == Value.Kind.FLOAT) {
            return Value.Kind.FLOAT;
        }
        if (a == Value.Kind.LONG || b == Value.Kind.LONG) {
            return Value.Kind.LONG;
        }
        return Value.Kind.INT;
    }

    private Value unary(UnaryExpr unary, Env env) {
        Value operand = eval(unary.getExpression(), env);
        if (operand instanceof Value.Single single) {
            Object constant = numericConstant(single);
            switch (unary.getOperator()) {
                case MINUS -> {
                    if (constant instanceof Long l) {
                        return number(-l, promote(single.kind(), Value.Kind.INT));
                    }
                    if (constant instanceof Double d) {
                        return decimal(-d, single.kind());
                    }
                }
                case PLUS -> {
                    if (constant != null) {
                        return single;
                    }
                }
                case LOGICAL_COMPLEMENT -> {
                    if (single.constant() instanceof Boolean b) {
                        return new Value.Single(KeyValue.text(String.valueOf(!b)), Value.Kind.BOOLEAN, !b);
                    }
                }
                default -> {
                }
            }
            if (single.kind().isNumeric()) {
                return Value.Single.unknown(symbolFor(unary, env), single.kind());
            }
        }
        return unknown(unary, env);
    }

    private Value cast(CastExpr cast, Value value) {
        if (!(value instanceof Value.Single single)) {
            return value;
        }
        String type = cast.getType().asString();
        Object constant = numericConstant(single);
        Value.Kind target = switch (type) {
            case "int", "short", "byte" -> Value.Kind.INT;
            case "long" -> Value.Kind.LONG;
            case "char" -> Value.Kind.CHAR;
            case "double" -> Value.Kind.DOUBLE;
            case "float" -> Value.Kind.FLOAT;
            default -> null;
        };
        if (target == null) {
            return single;
        }
        if (constant == null) {
            return single.constant() == null && single.kind().isNumeric()
                    ? new Value.Single(single.text(), target, null) : single;
        }
        Number n = (Number) constant;
        return switch (target) {
            case INT -> number(switch (type) {
                case "short" -> (long) n.shortValue();
                case "byte" -> (long) n.byteValue();
                default -> (long) n.intValue();
            }, Value.Kind.INT);
            case LONG -> number(n.longValue(), Value.Kind.LONG);
            case CHAR -> new Value.Single(KeyValue.text(String.valueOf((char) n.intValue())), Value.Kind.CHAR,
                    (char) n.intValue());
            case FLOAT -> decimal(n.floatValue(), Value.Kind.FLOAT);
            default -> decimal(n.doubleValue(), Value.Kind.DOUBLE);
        };
    }

    private Value switchExpression(SwitchExpr switchExpr, Env env) {
        List<Value> arms = new ArrayList<>();
        for (SwitchEntry entry : switchExpr.getEntries()) {
            if (entry.getType() == SwitchEntry.Type.EXPRESSION && entry.getStatements().size() == 1
                    && entry.getStatements().get(0) instanceof ExpressionStmt statement) {
                arms.add(eval(statement.getExpression(), env));
            } else {
                for (YieldStmt yield : entry.findAll(YieldStmt.class)) {
                    arms.add(eval(yield.getExpression(), env));
                }
                if (entry.getType() == SwitchEntry.Type.BLOCK && entry.findAll(YieldStmt.class).isEmpty()) {
                    continue;
                }
            }
        }
        return arms.isEmpty() ? unknown(switchExpr, env) : join(arms, switchExpr, env);
    }

    private Value arrayAccess(ArrayAccessExpr access, Env env) {
        Value array = eval(access.getName(), env);
        Value index = eval(access.getIndex(), env);
        if (array instanceof Value.Elements elements && elements.exhaustive()
                && index instanceof Value.Single i && i.constant() instanceof Long position
                && position >= 0 && position < elements.elements().size()) {
            KeyValue element = elements.elements().get(position.intValue());
            return new Value.Single(element, Value.Kind.STRING, element.knownText().orElse(null));
        }
        return unknown(access, env);
    }

    // ---------------------------------------------------------------------------------------------------- names

    private Value name(NameExpr name, Env env) {
        String identifier = name.getNameAsString();
        Optional<Declaration> declaration = Declaration.find(identifier, name);
        if (declaration.isPresent()) {
            return declared(declaration.get(), name, env);
        }
        return inheritedOrImported(identifier, name, env)
                .orElseGet(() -> unknown(name, env));
    }

    private Value declared(Declaration declaration, NameExpr use, Env env) {
        if (declaration instanceof Declaration.Param param) {
            Value bound = env.bindings().get(param.parameter());
            if (bound != null) {
                return bound;
            }
            if (param.parameter().isVarArgs() || isCollectionType(param.parameter().getType())) {
                return Value.Elements.UNKNOWN;
            }
            return Value.Single.unknown(varying(Symbol.of("param:" + ownerKey(param.owner()) + "#"
                    + param.parameter().getNameAsString(), param.parameter().getNameAsString()),
                    param.parameter(), env), kindOf(param.parameter().getType(), param.parameter().isVarArgs()));
        }
        if (declaration instanceof Declaration.Local local) {
            return locals.valueAt(local, use, env);
        }
        if (declaration instanceof Declaration.LoopVariable loop) {
            String label = loop.variable().getNameAsString();
            return Value.Single.unknown(varying(Symbol.of("loop:" + ownerKey(loop.loop()) + "#" + label
                    + "@" + line(loop.loop()), label), loop.loop(), env), kindOf(loop.variable().getType(), false));
        }
        if (declaration instanceof Declaration.Field field) {
            return field(field.owner(), field.field(), field.variable(), env);
        }
        if (declaration instanceof Declaration.EnumConstant constant) {
            return enumConstant(constant.owner(), constant.constant());
        }
        if (declaration instanceof Declaration.Component component) {
            String owner = TypeNames.qualifiedName(component.owner());
            String label = component.parameter().getNameAsString();
            return Value.Single.unknown(Symbol.of("field:" + owner + "." + label, label),
                    kindOf(component.parameter().getType(), false));
        }
        return unknown(use, env);
    }

    /** A symbol whose value changes per element when its declaration lies in the loop or lambda being unrolled. */
    private static Symbol varying(Symbol symbol, Node declaration, Env env) {
        if (env.varyingScope() != null && isWithin(declaration, env.varyingScope())) {
            return symbol.varyingPerElement();
        }
        return symbol;
    }

    static boolean isWithin(Node node, Node scope) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n == scope) {
                return true;
            }
        }
        return false;
    }

    /** Fields inherited from project supertypes, and statically imported members. */
    private Optional<Value> inheritedOrImported(String identifier, Node use, Env env) {
        for (Node node = use; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof TypeDeclaration<?> type) {
                Optional<Value> inherited = inheritedField(type, identifier, env, 0);
                if (inherited.isPresent()) {
                    return inherited;
                }
            }
        }
        ImportContext imports = typeNames(use).imports();
        String owner = imports.staticMembers().get(identifier);
        if (owner != null) {
            Optional<Value> imported = staticField(owner, identifier, env);
            if (imported.isPresent()) {
                return imported;
            }
        }
        for (String onDemand : imports.staticOnDemand()) {
            Optional<Value> imported = staticField(onDemand, identifier, env);
            if (imported.isPresent()) {
                return imported;
            }
        }
        return Optional.empty();
    }

    private Optional<Value> inheritedField(TypeDeclaration<?> type, String identifier, Env env, int depth) {
        if (depth > 8) {
            return Optional.empty();
        }
        for (TypeDeclaration<?> supertype : supertypes(type)) {
            Optional<Value> found = memberField(supertype, identifier, env);
            if (found.isPresent()) {
                return found;
            }
            found = inheritedField(supertype, identifier, env, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private List<TypeDeclaration<?>> supertypes(TypeDeclaration<?> type) {
        List<ClassOrInterfaceType> written = new ArrayList<>();
        if (type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c) {
            written.addAll(c.getExtendedTypes());
            written.addAll(c.getImplementedTypes());
        } else if (type instanceof EnumDeclaration e) {
            written.addAll(e.getImplementedTypes());
        } else if (type instanceof com.github.javaparser.ast.body.RecordDeclaration r) {
            written.addAll(r.getImplementedTypes());
        }
        List<TypeDeclaration<?>> found = new ArrayList<>();
        for (ClassOrInterfaceType supertype : written) {
            projectType(typeNames(type).resolve(supertype, type)).ifPresent(found::add);
        }
        return found;
    }

    /** The declaration of a project type by qualified name. */
    public Optional<TypeDeclaration<?>> projectType(String qualifiedName) {
        return index.type(qualifiedName).flatMap(index::declaration);
    }

    private Optional<Value> staticField(String ownerType, String identifier, Env env) {
        return projectType(ownerType).flatMap(owner -> memberField(owner, identifier, env));
    }

    private Optional<Value> memberField(TypeDeclaration<?> owner, String identifier, Env env) {
        for (var member : owner.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    if (variable.getNameAsString().equals(identifier)) {
                        return Optional.of(field(owner, field, variable, env));
                    }
                }
            }
        }
        if (owner instanceof EnumDeclaration enumeration) {
            for (EnumConstantDeclaration constant : enumeration.getEntries()) {
                if (constant.getNameAsString().equals(identifier)) {
                    return Optional.of(enumConstant(enumeration, constant));
                }
            }
        }
        return Optional.empty();
    }

    private static Value enumConstant(EnumDeclaration owner, EnumConstantDeclaration constant) {
        String name = constant.getNameAsString();
        return new Value.Single(KeyValue.text(name), Value.Kind.OTHER,
                new EnumRef(TypeNames.qualifiedName(owner), name));
    }

    /** An enum constant as a value: its name is its text unless the enum says otherwise. */
    record EnumRef(String enumType, String name) {
    }

    /**
     * The value of a field: its initialiser when it is final (or an interface constant), else a symbol standing for
     * whatever the field holds. Constants are evaluated once per run; a cycle is reported and becomes unknown.
     */
    private Value field(TypeDeclaration<?> owner, FieldDeclaration field, VariableDeclarator variable, Env env) {
        Value bound = env.bindings().get(variable);
        if (bound != null) {
            return bound;
        }
        String ownerName = owner == null ? "$anonymous" : TypeNames.qualifiedName(owner);
        String key = ownerName + "#" + variable.getNameAsString();
        Value.Kind kind = kindOf(variable.getType(), false);
        Symbol symbol = Symbol.of("field:" + key, variable.getNameAsString());
        boolean constant = field.isFinal() || owner != null && owner.isClassOrInterfaceDeclaration()
                && owner.asClassOrInterfaceDeclaration().isInterface();
        if (!constant || variable.getInitializer().isEmpty()) {
            return isCollectionType(variable.getType()) ? Value.Elements.UNKNOWN : Value.Single.unknown(symbol, kind);
        }
        Value known = constants.get(key);
        if (known != null) {
            return known;
        }
        if (constantsInProgress.putIfAbsent(key, location(variable)) != null) {
            List<String> cycle = new ArrayList<>(constantsInProgress.keySet());
            cycle = new ArrayList<>(cycle.subList(cycle.indexOf(key), cycle.size()));
            inCycle.addAll(cycle);
            // told the same way whichever constant the evaluation entered the cycle by
            String first = java.util.Collections.min(cycle);
            java.util.Collections.rotate(cycle, -cycle.indexOf(first));
            problems.accept(new Problem(constantsInProgress.get(first), "cyclic constant " + String.join(" -> ", cycle)
                    + " -> " + first + "; its value is treated as unknown"));
            return Value.Single.unknown(symbol, kind);
        }
        try {
            if (env.depth() >= MAX_DEPTH) {
                problems.accept(new Problem(location(variable), "constant " + key + " refers through more than "
                        + MAX_DEPTH + " other constants; its value is treated as unknown"));
                return Value.Single.unknown(symbol, kind);
            }
            Value value = eval(variable.getInitializer().get(), new Env(Map.of(), env.depth() + 1, null));
            if (inCycle.remove(key)
                    || value instanceof Value.Single single && single.text().isOpaque() && single.constant() == null) {
                value = Value.Single.unknown(symbol, kind);
            }
            constants.put(key, value);
            return value;
        } finally {
            constantsInProgress.remove(key);
        }
    }

    private Value fieldAccess(FieldAccessExpr access, Env env) {
        String identifier = access.getNameAsString();
        Expression scope = access.getScope();
        if (scope instanceof ThisExpr self) {
            Optional<TypeDeclaration<?>> owner = self.getTypeName().isPresent()
                    ? enclosingNamed(access, self.getTypeName().get().getIdentifier())
                    : access.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
            if (owner.isPresent()) {
                Optional<Value> own = memberField(owner.get(), identifier, env)
                        .or(() -> inheritedField(owner.get(), identifier, env, 0));
                if (own.isPresent()) {
                    return own.get();
                }
            }
            return unknown(access, env);
        }
        if (identifier.equals("length")) {
            Value array = eval(scope, env);
            if (array instanceof Value.Elements elements && elements.exhaustive()) {
                return number(elements.elements().size(), Value.Kind.INT);
            }
        }
        Optional<TypeDeclaration<?>> type = typeNamedBy(scope);
        if (type.isPresent()) {
            Optional<Value> member = memberField(type.get(), identifier, env)
                    .or(() -> inheritedField(type.get(), identifier, env, 0));
            if (member.isPresent()) {
                return member.get();
            }
        } else if (isLibraryConstant(scope, identifier)) {
            return Value.Single.unknown(symbolFor(access, env), Value.Kind.OPTION);
        }
        return unknown(access, env);
    }

    /**
     * {@code ListDirection.LEFT}, {@code ScriptOutputType.VALUE}: an upper-case constant of a type outside the
     * project, an option rather than text.
     */
    private boolean isLibraryConstant(Expression scope, String identifier) {
        if (!identifier.equals(identifier.toUpperCase(Locale.ROOT)) || !(scope instanceof NameExpr
                || scope instanceof FieldAccessExpr)) {
            return false;
        }
        String written = scope.toString();
        String last = written.substring(written.lastIndexOf('.') + 1);
        if (last.isEmpty() || !Character.isUpperCase(last.charAt(0))
                || scope instanceof NameExpr name && Declaration.find(name.getNameAsString(), name).isPresent()) {
            return false;
        }
        String resolved = typeNames(scope).resolveOrNull(written, scope);
        return resolved == null || !resolved.startsWith("java.lang.") && !index.isType(resolved);
    }

    private static Optional<TypeDeclaration<?>> enclosingNamed(Node node, String name) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type && type.getNameAsString().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The project type an expression names when it is used as a qualifier ({@code Keys.USER}). */
    private Optional<TypeDeclaration<?>> typeNamedBy(Expression scope) {
        String written;
        if (scope instanceof NameExpr name) {
            if (Declaration.find(name.getNameAsString(), name).isPresent()) {
                return Optional.empty();
            }
            written = name.getNameAsString();
        } else if (scope instanceof FieldAccessExpr qualified) {
            written = qualified.toString();
        } else {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> inFile = scope.findCompilationUnit().flatMap(unit -> unit.findFirst(
                TypeDeclaration.class, t -> TypeNames.qualifiedName(t).endsWith("." + written)
                        || TypeNames.qualifiedName(t).equals(written))).map(t -> (TypeDeclaration<?>) t);
        String resolved = typeNames(scope).resolveOrNull(written, scope);
        if (resolved != null) {
            Optional<TypeDeclaration<?>> project = projectType(resolved);
            if (project.isPresent()) {
                return project;
            }
        }
        return inFile;
    }

    // ---------------------------------------------------------------------------------------------- method calls

    private Value call(MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        NodeList<Expression> arguments = call.getArguments();
        if (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr self && self.getTypeName().isEmpty()) {
            return unqualifiedCall(call, env);
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
        Value streamed = streams.step(call, receiver, scope, env);
        if (streamed != null) {
            return streamed;
        }
        Value result = instanceCall(receiver, call, env);
        if (result != null) {
            return result;
        }
        Optional<Value> helper = instanceHelper(scope, receiver, call, env);
        if (helper.isPresent()) {
            return helper.get();
        }
        Optional<String> resource = resourceText(call, env);
        if (resource.isPresent()) {
            return Value.Single.ofString(resource.get());
        }
        if (receiver instanceof Value.Single single && single.kind() == Value.Kind.OPTION) {
            return Value.Single.unknown(symbolFor(call, env), Value.Kind.OPTION);
        }
        return unknown(call, env);
    }

    /**
     * The text of a project resource an expression reads by a literal path ending in {@code .lua}:
     * {@code Files.readString(Path.of("...lua"))}, {@code getResourceAsStream("/x.lua").readAllBytes()} and the like.
     */
    private Optional<String> resourceText(Expression expression, Env env) {
        for (Expression path : expression.findAll(Expression.class, e -> e.isStringLiteralExpr() || e.isNameExpr()
                || e.isFieldAccessExpr())) {
            if (eval(path, env) instanceof Value.Single single && single.text().knownText()
                    .filter(t -> t.endsWith(".lua")).isPresent()) {
                Optional<String> text = resources.apply(single.text().knownText().get());
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
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
        String resolved = typeNames(scope).resolveOrNull(written, scope);
        if (resolved == null && Character.isUpperCase(written.charAt(written.lastIndexOf('.') + 1))) {
            resolved = KNOWN_STATIC_OWNERS.getOrDefault(written, written);
        }
        return Optional.ofNullable(resolved);
    }

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

    /** JDK types a file may name through an on-demand import such as {@code java.util.*}. */
    private static final Map<String, String> JDK_TYPES = jdkTypes();

    private static Map<String, String> jdkTypes() {
        Map<String, String> types = new java.util.HashMap<>();
        for (String type : COLLECTION_TYPES) {
            types.put(type.substring(type.lastIndexOf('.') + 1), type);
        }
        for (String type : BUILDER_TYPES) {
            types.put(type.substring(type.lastIndexOf('.') + 1), type);
        }
        return Map.copyOf(types);
    }

    private static boolean isQualifiedName(Expression expression) {
        if (expression instanceof NameExpr) {
            return true;
        }
        return expression instanceof FieldAccessExpr access && isQualifiedName(access.getScope());
    }

    private Value staticCall(String owner, MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        NodeList<Expression> arguments = call.getArguments();
        String key = owner + "#" + method;
        switch (key) {
            case "java.lang.String#valueOf", "java.lang.String#copyValueOf", "java.util.Objects#toString",
                 "java.lang.Integer#toString", "java.lang.Long#toString", "java.lang.Short#toString",
                 "java.lang.Byte#toString", "java.lang.Double#toString", "java.lang.Float#toString",
                 "java.lang.Boolean#toString", "java.lang.Character#toString" -> {
                if (arguments.size() == 1) {
                    return asText(eval(arguments.get(0), env), call, env);
                }
                if (key.equals("java.lang.Integer#toString") || key.equals("java.lang.Long#toString")) {
                    return radix(eval(arguments.get(0), env), eval(arguments.get(1), env), call, env);
                }
                return null;
            }
            case "java.lang.String#format" -> {
                int first = arguments.size() > 0 && looksLikeLocale(arguments.get(0)) ? 1 : 0;
                return format(eval(arguments.get(first), env), arguments.subList(first + 1, arguments.size()),
                        call, env);
            }
            case "java.lang.String#join" -> {
                return join(eval(arguments.get(0), env), arguments.subList(1, arguments.size()), call, env);
            }
            default -> {
            }
        }
        if (IDENTITY_FUNCTIONS.contains(key) && !arguments.isEmpty()) {
            Value value = eval(arguments.get(0), env);
            if (key.endsWith("SafeEncoder#encode") && value instanceof Value.Single single) {
                return new Value.Single(single.text(), Value.Kind.BYTES, single.constant());
            }
            return value;
        }
        if (COLLECTION_FACTORIES.contains(key)) {
            if (arguments.size() == 1 && !key.endsWith("#of") && !key.endsWith("#singleton")
                    && !key.endsWith("#singletonList")) {
                return elementsOf(eval(arguments.get(0), env));
            }
            if (arguments.size() == 1) {
                Value only = eval(arguments.get(0), env);
                if (only instanceof Value.Elements elements) {
                    return elements;
                }
            }
            List<KeyValue> elements = new ArrayList<>();
            for (Expression argument : arguments) {
                elements.add(keyOf(eval(argument, env), argument, env));
            }
            return new Value.Elements(elements, true);
        }
        if (MAP_FACTORIES.contains(key)) {
            List<KeyValue> keys = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i += 2) {
                keys.add(keyOf(eval(arguments.get(i), env), arguments.get(i), env));
            }
            return new Value.Elements(keys, arguments.size() % 2 == 0);
        }
        if (key.equals("java.util.Map#ofEntries")) {
            List<KeyValue> keys = new ArrayList<>();
            boolean exhaustive = true;
            for (Expression argument : arguments) {
                if (argument instanceof MethodCallExpr entry && entry.getNameAsString().equals("entry")
                        && entry.getArguments().size() == 2) {
                    keys.add(keyOf(eval(entry.getArguments().get(0), env), entry.getArguments().get(0), env));
                } else {
                    exhaustive = false;
                }
            }
            return new Value.Elements(keys, exhaustive);
        }
        Value source = streams.staticSource(key, call, env);
        if (source != null) {
            return source;
        }
        if (key.equals("com.google.common.base.Joiner#on") && arguments.size() == 1) {
            Value separator = eval(arguments.get(0), env);
            return separator instanceof Value.Single s
                    ? new Value.Single(s.text(), Value.Kind.OTHER, new Joiner(s.text())) : null;
        }
        Optional<TypeDeclaration<?>> project = projectType(owner);
        if (project.isPresent()) {
            Optional<Value> helper = helper(project.get(), call, arguments(call, env), env, Map.of());
            if (helper.isPresent()) {
                return helper.get();
            }
        }
        return null;
    }

    /** Guava's {@code Joiner.on(separator)}, carried as a value until {@code join} is called on it. */
    record Joiner(KeyValue separator) {
    }

    private static boolean looksLikeLocale(Expression argument) {
        String text = argument.toString();
        return text.startsWith("Locale.") || text.startsWith("java.util.Locale.") || text.contains("Locale(")
                || text.startsWith("Locale ");
    }

    private Value instanceCall(Value receiver, MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        NodeList<Expression> arguments = call.getArguments();
        if (receiver instanceof Value.Single single) {
            if (single.constant() instanceof EnumRef ref && arguments.isEmpty()
                    && (method.equals("name") || method.equals("toString") && !overridesToString(ref))) {
                return Value.Single.ofString(ref.name());
            }
            if (single.constant() instanceof Joiner joiner && method.equals("join")) {
                return join(new Value.Single(joiner.separator(), Value.Kind.STRING, null), arguments, call, env);
            }
            if (single.constant() instanceof Joiner && (method.equals("skipNulls") || method.equals("useForNull"))) {
                return single;
            }
            if (single.kind() == Value.Kind.STRING || single.kind() == Value.Kind.BYTES) {
                return stringMethod(single, call, env);
            }
            if (single.kind() == Value.Kind.OTHER && single.constant() instanceof Builder) {
                return builderMethod(single, call, env);
            }
            if (method.equals("toString") && arguments.isEmpty() && single.kind() != Value.Kind.OTHER) {
                return asText(single, call, env);
            }
        }
        if (receiver instanceof Value.Elements elements) {
            switch (method) {
                case "toArray", "keySet", "stream", "toList", "asList", "copyOf" -> {
                    return elements;
                }
                case "get" -> {
                    if (arguments.size() == 1 && eval(arguments.get(0), env) instanceof Value.Single i
                            && i.constant() instanceof Long position && elements.exhaustive()
                            && position >= 0 && position < elements.elements().size()) {
                        KeyValue element = elements.elements().get(position.intValue());
                        return new Value.Single(element, Value.Kind.STRING, element.knownText().orElse(null));
                    }
                }
                default -> {
                }
            }
        }
        return null;
    }

    private boolean overridesToString(EnumRef ref) {
        return projectType(ref.enumType())
                .map(type -> type.getMethodsByName("toString").stream().anyMatch(m -> m.getParameters().isEmpty()))
                .orElse(false);
    }

    private Value stringMethod(Value.Single text, MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        NodeList<Expression> arguments = call.getArguments();
        Optional<String> known = text.text().knownText();
        switch (method) {
            case "toString", "intern", "toCharArray" -> {
                return arguments.isEmpty() ? text : null;
            }
            case "readAllBytes", "getInputStream", "openStream", "getContentAsString" -> {
                return text;
            }
            case "concat" -> {
                return arguments.size() == 1 ? plus(text, asText(eval(arguments.get(0), env), call, env), call, env)
                        : null;
            }
            case "getBytes" -> {
                if (arguments.isEmpty() || isUtf8Compatible(arguments.get(0), known)) {
                    return new Value.Single(text.text(), Value.Kind.BYTES, text.constant());
                }
                return Value.Single.unknown(symbolFor(call, env), Value.Kind.BYTES);
            }
            case "formatted" -> {
                return format(text, arguments, call, env);
            }
            default -> {
            }
        }
        if (known.isEmpty()) {
            return null;
        }
        List<Value> values = arguments(call, env);
        List<Object> constants = new ArrayList<>();
        for (Value value : values) {
            if (!(value instanceof Value.Single single) || single.constant() == null) {
                return null;
            }
            constants.add(single.constant());
        }
        String s = known.get();
        try {
            String result = switch (method) {
                case "trim" -> s.trim();
                case "strip" -> s.strip();
                case "toLowerCase" -> s.toLowerCase(Locale.ROOT);
                case "toUpperCase" -> s.toUpperCase(Locale.ROOT);
                case "substring" -> constants.size() == 1 ? s.substring(toInt(constants.get(0)))
                        : s.substring(toInt(constants.get(0)), toInt(constants.get(1)));
                case "replace" -> s.replace(String.valueOf(constants.get(0)), String.valueOf(constants.get(1)));
                case "repeat" -> s.repeat(toInt(constants.get(0)));
                default -> null;
            };
            return result == null ? null : Value.Single.ofString(result);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int toInt(Object constant) {
        return ((Number) constant).intValue();
    }

    /** Whether {@code getBytes(charset)} gives the same bytes Redis clients would send for this text. */
    private static boolean isUtf8Compatible(Expression charset, Optional<String> text) {
        String written = charset.toString();
        if (written.contains("UTF_8") || written.matches("\"(?i)utf-?8\"")) {
            return true;
        }
        boolean ascii = text.isPresent() && StandardCharsets.US_ASCII.newEncoder().canEncode(text.get());
        return ascii && (written.contains("US_ASCII") || written.contains("ISO_8859_1")
                || written.matches("\"(?i)(us-ascii|iso-8859-1|latin1)\""));
    }

    /** A {@code StringBuilder} or {@code StringBuffer} value: its content so far. */
    record Builder() {
    }

    static final Builder BUILDER = new Builder();

    Value builderMethod(Value.Single builder, MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        NodeList<Expression> arguments = call.getArguments();
        switch (method) {
            case "append" -> {
                if (arguments.size() != 1) {
                    return null;
                }
                Value.Single appended = asText(eval(arguments.get(0), env), call, env);
                return new Value.Single(builder.text().concat(appended.text(), symbolFor(call, env)),
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

    private Value unqualifiedCall(MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        for (Node node = call; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof TypeDeclaration<?> type) {
                Optional<Value> own = helper(type, call, arguments(call, env), env, Map.of());
                if (own.isPresent()) {
                    return own.get();
                }
            }
        }
        ImportContext imports = typeNames(call).imports();
        String owner = imports.staticMembers().get(method);
        List<String> owners = new ArrayList<>();
        if (owner != null) {
            owners.add(owner);
        }
        owners.addAll(imports.staticOnDemand());
        for (String candidate : owners) {
            Value result = staticCall(candidate, call, env);
            if (result != null) {
                return result;
            }
        }
        return unknown(call, env);
    }

    /** A helper called on an object: its declared type decides which project method runs. */
    private Optional<Value> instanceHelper(Expression scope, Value receiver, MethodCallExpr call, Env env) {
        Map<String, Value> receiverFields = Map.of();
        Optional<TypeDeclaration<?>> type = Optional.empty();
        if (receiver instanceof Value.Single single && single.constant() instanceof EnumRef ref) {
            type = projectType(ref.enumType());
            receiverFields = type.map(t -> enumConstantFields(t, ref.name(), env)).orElse(Map.of());
        }
        if (type.isEmpty()) {
            Optional<String> declared = expressionTypes(scope, (o, m) -> Optional.empty()).typeOf(scope);
            type = declared.flatMap(this::projectType);
        }
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return helper(type.get(), call, arguments(call, env), env, receiverFields);
    }

    private Optional<String> projectReturnType(String owner, String method) {
        return projectType(owner).flatMap(type -> type.getMethodsByName(method).stream()
                .filter(m -> !m.getType().isVoidType()).findFirst()
                .map(m -> typeNames(type).resolve(m.getType(), m)));
    }

    /**
     * The fields an enum constant sets through its constructor ({@code USER("user:")} with
     * {@code this.prefix = prefix}), so that its methods can be evaluated for that constant.
     */
    private Map<String, Value> enumConstantFields(TypeDeclaration<?> type, String constantName, Env env) {
        if (!(type instanceof EnumDeclaration enumeration)) {
            return Map.of();
        }
        EnumConstantDeclaration constant = enumeration.getEntries().stream()
                .filter(c -> c.getNameAsString().equals(constantName)).findFirst().orElse(null);
        if (constant == null) {
            return Map.of();
        }
        for (ConstructorDeclaration constructor : enumeration.getConstructors()) {
            if (constructor.getParameters().size() != constant.getArguments().size()) {
                continue;
            }
            Map<Node, Value> bindings = new IdentityHashMap<>();
            for (int i = 0; i < constant.getArguments().size(); i++) {
                bindings.put(constructor.getParameter(i), eval(constant.getArguments().get(i), env));
            }
            Env inConstructor = env.bind(bindings);
            Map<String, Value> fields = new java.util.HashMap<>();
            for (AssignExpr assign : constructor.getBody().findAll(AssignExpr.class)) {
                String target = assign.getTarget() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                        ? f.getNameAsString()
                        : assign.getTarget() instanceof NameExpr n ? n.getNameAsString() : null;
                if (target != null && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                    fields.put(target, eval(assign.getValue(), inConstructor));
                }
            }
            return fields;
        }
        return Map.of();
    }

    /**
     * Evaluates a project method with the caller's arguments: the values its {@code return} statements can give,
     * with parameters bound. Depth-bounded and safe against recursion.
     */
    private Optional<Value> helper(TypeDeclaration<?> owner, MethodCallExpr call, List<Value> arguments, Env env,
                                   Map<String, Value> receiverFields) {
        return helper(owner, call.getNameAsString(), call, arguments, env, receiverFields);
    }

    /** Like {@link #helper(TypeDeclaration, MethodCallExpr, List, Env, Map)} for a method named directly. */
    Optional<Value> helper(TypeDeclaration<?> owner, String name, Node call, List<Value> arguments, Env env,
                           Map<String, Value> receiverFields) {
        MethodDeclaration method = findMethod(owner, name, arguments, 0);
        if (method == null || method.getBody().isEmpty() || method.getType().isVoidType()) {
            return Optional.empty();
        }
        String key = TypeNames.qualifiedName(owner) + "#" + method.getNameAsString() + "/"
                + method.getParameters().size();
        if (helpersInProgress.contains(key) || env.depth() >= MAX_DEPTH) {
            return Optional.of(unknown(call, env));
        }
        String memoKey = env.varyingScope() == null && receiverFields.isEmpty() && env.bindings().isEmpty()
                ? key + arguments : null;
        if (memoKey != null && helperMemo.containsKey(memoKey)) {
            return Optional.of(helperMemo.get(memoKey));
        }
        Map<Node, Value> bindings = bindParameters(method.getParameters(), arguments);
        for (Map.Entry<String, Value> field : receiverFields.entrySet()) {
            for (FieldDeclaration declaration : owner.getFields()) {
                for (VariableDeclarator variable : declaration.getVariables()) {
                    if (variable.getNameAsString().equals(field.getKey())) {
                        bindings.put(variable, field.getValue());
                    }
                }
            }
        }
        helpersInProgress.push(key);
        try {
            List<ReturnStmt> returns = method.getBody().get().findAll(ReturnStmt.class,
                    r -> r.findAncestor(CallableDeclaration.class).orElse(null) == method
                            && r.findAncestor(com.github.javaparser.ast.expr.LambdaExpr.class)
                            .map(l -> !isWithin(l, method)).orElse(true));
            if (returns.isEmpty() || returns.size() > KeyValue.MAX_ALTERNATIVES) {
                return Optional.of(unknown(call, env));
            }
            Env inside = env.bind(bindings);
            returns = returns.stream().filter(r -> reachable(r, method, inside)).toList();
            if (returns.isEmpty()) {
                return Optional.of(unknown(call, env));
            }
            List<Value> results = new ArrayList<>();
            for (ReturnStmt statement : returns) {
                if (statement.getExpression().isEmpty()) {
                    return Optional.of(unknown(call, env));
                }
                results.add(eval(statement.getExpression().get(), inside));
            }
            Value result = results.size() == 1 ? results.get(0) : join(results, call, env);
            if (memoKey != null) {
                helperMemo.put(memoKey, result);
            }
            return Optional.of(result);
        } finally {
            helpersInProgress.pop();
        }
    }

    /**
     * False when the arguments make a return statement unreachable: it sits in a branch whose condition is a
     * constant that excludes it, or follows a branch that always returns.
     */
    private boolean reachable(ReturnStmt statement, MethodDeclaration method, Env env) {
        Node child = statement;
        for (Node node = statement.getParentNode().orElse(null); node != null && node != method;
             child = node, node = node.getParentNode().orElse(null)) {
            if (node instanceof IfStmt branch && child != branch.getCondition()) {
                Boolean condition = constantCondition(branch, env);
                if (condition != null && condition != (child == branch.getThenStmt())) {
                    return false;
                }
            }
            if (node instanceof BlockStmt block) {
                for (Statement earlier : block.getStatements()) {
                    if (earlier == child) {
                        break;
                    }
                    if (earlier instanceof ReturnStmt || earlier instanceof IfStmt branch
                            && Boolean.TRUE.equals(constantCondition(branch, env)) && alwaysReturns(branch.getThenStmt())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private Boolean constantCondition(IfStmt branch, Env env) {
        return eval(branch.getCondition(), env) instanceof Value.Single s && s.constant() instanceof Boolean b ? b : null;
    }

    private static boolean alwaysReturns(Statement statement) {
        if (statement instanceof ReturnStmt) {
            return true;
        }
        return statement instanceof BlockStmt block && !block.getStatements().isEmpty()
                && block.getStatements().getLast().orElse(null) instanceof ReturnStmt;
    }

    private MethodDeclaration findMethod(TypeDeclaration<?> owner, String name, List<Value> arguments, int depth) {
        MethodDeclaration fallback = null;
        for (MethodDeclaration candidate : owner.getMethodsByName(name)) {
            NodeList<Parameter> parameters = candidate.getParameters();
            boolean varargs = !parameters.isEmpty() && parameters.get(parameters.size() - 1).isVarArgs();
            boolean arity = varargs ? arguments.size() >= parameters.size() - 1 : arguments.size() == parameters.size();
            if (!arity) {
                continue;
            }
            if (parametersAccept(parameters, arguments)) {
                return candidate;
            }
            if (fallback == null) {
                fallback = candidate;
            }
        }
        if (fallback != null || depth > 8) {
            return fallback;
        }
        for (TypeDeclaration<?> supertype : supertypes(owner)) {
            MethodDeclaration inherited = findMethod(supertype, name, arguments, depth + 1);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    private static boolean parametersAccept(NodeList<Parameter> parameters, List<Value> arguments) {
        for (int i = 0; i < Math.min(parameters.size(), arguments.size()); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter.isVarArgs()) {
                return true;
            }
            Value.Kind expected = kindOf(parameter.getType(), false);
            if (arguments.get(i) instanceof Value.Single single && single.constant() != null) {
                boolean textual = expected == Value.Kind.STRING;
                boolean numeric = expected.isNumeric();
                if (textual && single.kind().isNumeric() || numeric && single.kind() == Value.Kind.STRING) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Value> arguments(MethodCallExpr call, Env env) {
        List<Value> values = new ArrayList<>();
        for (Expression argument : call.getArguments()) {
            values.add(eval(argument, env));
        }
        return values;
    }

    private Value creation(ObjectCreationExpr creation, Env env) {
        String type = typeNames(creation).resolve(creation.getType(), creation);
        if (type.indexOf('.') < 0 && !index.isType(type)) {
            type = JDK_TYPES.getOrDefault(type, type);
        }
        NodeList<Expression> arguments = creation.getArguments();
        if (type.equals("java.lang.String") && (arguments.size() == 1 || arguments.size() == 2
                && arguments.get(1).toString().matches(".*(UTF_8|UTF-8|utf-8|US_ASCII|ISO_8859_1|Charset.*)"))) {
            Value bytes = eval(arguments.get(0), env);
            if (bytes instanceof Value.Single single && single.text().knownText().isPresent()) {
                return asText(single, creation, env);
            }
        }
        if (BUILDER_TYPES.contains(type)) {
            if (arguments.isEmpty()) {
                return new Value.Single(KeyValue.text(""), Value.Kind.OTHER, BUILDER);
            }
            Value initial = eval(arguments.get(0), env);
            if (initial instanceof Value.Single single && single.kind().isIntegral() && single.kind() != Value.Kind.CHAR) {
                return new Value.Single(KeyValue.text(""), Value.Kind.OTHER, BUILDER);
            }
            return new Value.Single(asText(initial, creation, env).text(), Value.Kind.OTHER, BUILDER);
        }
        if (type.equals("java.lang.String") || type.endsWith("ClassPathResource")) {
            Optional<String> resource = resourceText(creation, env);
            if (resource.isPresent()) {
                return Value.Single.ofString(resource.get());
            }
        }
        if (COLLECTION_TYPES.contains(type)) {
            if (arguments.size() == 1) {
                Value source = eval(arguments.get(0), env);
                if (source instanceof Value.Elements elements) {
                    return elements;
                }
                if (source instanceof Value.Single single && single.kind().isNumeric()) {
                    return new Value.Elements(List.of(), true);
                }
                return Value.Elements.UNKNOWN;
            }
            return arguments.isEmpty() && creation.getAnonymousClassBody().isEmpty()
                    ? new Value.Elements(List.of(), true) : Value.Elements.UNKNOWN;
        }
        return Value.Single.unknown(symbolFor(creation, env), Value.Kind.OPTION);
    }

    // ------------------------------------------------------------------------------------------ formatting, text

    private Value format(Value formatValue, List<Expression> argumentExpressions, Expression where, Env env) {
        if (!(formatValue instanceof Value.Single format) || format.text().knownText().isEmpty()) {
            return unknown(where, env);
        }
        List<Value> values = new ArrayList<>();
        for (Expression argument : argumentExpressions) {
            values.add(eval(argument, env));
        }
        if (values.size() == 1 && values.get(0) instanceof Value.Elements array && array.exhaustive()
                && argumentExpressions.get(0) instanceof ArrayCreationExpr) {
            values = new ArrayList<>();
            for (KeyValue element : array.elements()) {
                values.add(new Value.Single(element, Value.Kind.STRING, element.knownText().orElse(null)));
            }
        }
        KeyValue result = Formats.format(format.text().knownText().get(), values, symbolFor(where, env));
        if (result == null) {
            return unknown(where, env);
        }
        return new Value.Single(result, Value.Kind.STRING, result.knownText().orElse(null));
    }

    private Value join(Value separatorValue, List<Expression> parts, Expression where, Env env) {
        if (!(separatorValue instanceof Value.Single separator)) {
            return unknown(where, env);
        }
        List<KeyValue> pieces = new ArrayList<>();
        if (parts.size() == 1) {
            Value only = eval(parts.get(0), env);
            if (only instanceof Value.Elements elements) {
                if (!elements.exhaustive()) {
                    return unknown(where, env);
                }
                pieces.addAll(elements.elements());
            } else {
                pieces.add(asText(only, where, env).text());
            }
        } else {
            for (Expression part : parts) {
                pieces.add(asText(eval(part, env), where, env).text());
            }
        }
        Symbol whole = symbolFor(where, env);
        KeyValue result = KeyValue.text("");
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                result = result.concat(separator.text(), whole);
            }
            result = result.concat(pieces.get(i), whole);
        }
        return new Value.Single(result, Value.Kind.STRING, result.knownText().orElse(null));
    }

    private Value radix(Value number, Value radix, Expression where, Env env) {
        if (number instanceof Value.Single n && n.constant() instanceof Long value
                && radix instanceof Value.Single r && r.constant() instanceof Long base) {
            return Value.Single.ofString(Long.toString(value, base.intValue()));
        }
        return Value.Single.unknown(symbolFor(where, env), Value.Kind.LONG);
    }

    /** The text {@code String.valueOf} would give. */
    Value.Single asText(Value value, Expression where, Env env) {
        if (value instanceof Value.Single single) {
            if (single.constant() instanceof Builder) {
                return new Value.Single(single.text(), Value.Kind.STRING, single.text().knownText().orElse(null));
            }
            if (single.constant() instanceof EnumRef ref) {
                return overridesToString(ref) ? Value.Single.unknown(symbolFor(where, env), Value.Kind.STRING)
                        : Value.Single.ofString(ref.name());
            }
            if (single.kind() == Value.Kind.OTHER && single.constant() != null) {
                return Value.Single.unknown(symbolFor(where, env), Value.Kind.STRING);
            }
            if (single.kind().isNumeric() || single.kind() == Value.Kind.BOOLEAN) {
                return new Value.Single(single.text(), single.kind(), single.constant());
            }
            return new Value.Single(single.text(), Value.Kind.STRING, single.text().knownText().orElse(null));
        }
        return Value.Single.unknown(symbolFor(where, env), Value.Kind.STRING);
    }

    // ---------------------------------------------------------------------------------------------- conversions

    /** The key a single value denotes, as {@code String.valueOf} would print it. */
    public KeyValue keyOf(Value.Single value) {
        return asText(value, null, Env.ROOT).text();
    }

    KeyValue keyOf(Value value, Node where, Env env) {
        if (value instanceof Value.Single single) {
            return asText(single, where instanceof Expression e ? e : null, env).text();
        }
        return KeyValue.unknown(symbolFor(where, env));
    }

    /** A value as the keys it holds; one key counts as a collection of one. */
    public Value.Elements elementsOf(Value value) {
        if (value instanceof Value.Elements elements) {
            return elements;
        }
        if (value instanceof Value.Single single && (single.kind() == Value.Kind.STRING
                || single.kind() == Value.Kind.BYTES) && !single.text().isOpaque()) {
            return new Value.Elements(List.of(single.text()), true);
        }
        return Value.Elements.UNKNOWN;
    }

    /** Either of several values: alternatives of text, or the elements certain in all of them. */
    Value join(List<Value> values, Node where, Env env) {
        if (values.stream().allMatch(v -> v instanceof Value.Single)) {
            List<KeyValue> texts = new ArrayList<>();
            Value.Kind kind = null;
            Object constant = null;
            boolean sameConstant = true;
            for (Value value : values) {
                Value.Single single = (Value.Single) value;
                texts.add(single.text());
                kind = kind == null || kind == single.kind() ? single.kind() : Value.Kind.STRING;
                if (constant == null) {
                    constant = single.constant();
                }
                sameConstant &= single.constant() != null && single.constant().equals(constant);
            }
            return new Value.Single(KeyValue.anyOf(texts, symbolFor(where, env)), kind, sameConstant ? constant : null);
        }
        if (values.stream().allMatch(v -> v instanceof Value.Elements)) {
            List<KeyValue> common = new ArrayList<>(((Value.Elements) values.get(0)).elements());
            boolean exhaustive = true;
            for (Value value : values) {
                Value.Elements elements = (Value.Elements) value;
                exhaustive &= elements.exhaustive() && elements.elements().equals(common);
                common.retainAll(elements.elements());
            }
            return new Value.Elements(common, exhaustive);
        }
        return unknown(where, env);
    }

    private static final Set<String> COLLECTION_INTERFACES = Set.of("List", "Set", "Collection", "Iterable",
            "Map", "SortedSet", "NavigableSet", "Queue", "Deque", "SortedMap", "NavigableMap");

    /** Arrays (other than {@code byte[]}, a binary key) and collections. */
    static boolean isCollectionType(Type type) {
        if (type.isArrayType()) {
            return !type.asArrayType().getComponentType().asString().equals("byte")
                    || type.asArrayType().getArrayLevel() > 1;
        }
        if (type.isClassOrInterfaceType()) {
            String name = type.asClassOrInterfaceType().getNameAsString();
            return COLLECTION_INTERFACES.contains(name) || JDK_TYPES.containsKey(name) && !BUILDER_TYPES.contains(
                    JDK_TYPES.get(name));
        }
        return false;
    }

    static Value.Kind kindOf(Type type, boolean varargs) {
        if (varargs || type.isArrayType()) {
            String element = type.isArrayType() ? type.asArrayType().getComponentType().asString() : type.asString();
            return element.equals("byte") ? Value.Kind.BYTES : Value.Kind.OTHER;
        }
        String name = type.asString();
        return switch (name) {
            case "String", "java.lang.String", "CharSequence" -> Value.Kind.STRING;
            case "int", "short", "byte", "Integer", "Short", "Byte", "java.lang.Integer" -> Value.Kind.INT;
            case "long", "Long", "java.lang.Long" -> Value.Kind.LONG;
            case "char", "Character" -> Value.Kind.CHAR;
            case "double", "Double" -> Value.Kind.DOUBLE;
            case "float", "Float" -> Value.Kind.FLOAT;
            case "boolean", "Boolean" -> Value.Kind.BOOLEAN;
            default -> NUMBER_TYPES.contains(name) ? Value.Kind.LONG : Value.Kind.OTHER;
        };
    }

    // --------------------------------------------------------------------------------------------------- unknown

    /** An unknown value standing for an expression: the same text in the same method is the same value. */
    Value unknown(Node expression, Env env) {
        return Value.Single.unknown(symbolFor(expression, env), Value.Kind.STRING);
    }

    Symbol symbolFor(Node expression, Env env) {
        if (expression == null) {
            return Symbol.of("unknown", "?");
        }
        Symbol symbol = symbols.computeIfAbsent(expression, e -> {
            String text = e instanceof NameExpr name ? name.getNameAsString() : e.toString();
            String label = text.length() > 40 ? text.substring(0, 37) + "..." : text;
            return Symbol.of("expr:" + ownerKey(e) + ":" + text, label);
        });
        if (env != null && env.varyingScope() != null && isWithin(expression, env.varyingScope())
                && mentionsVarying(expression, env)) {
            return symbol.varyingPerElement();
        }
        return symbol;
    }

    private static boolean mentionsVarying(Node expression, Env env) {
        return !expression.findAll(NameExpr.class, n -> Declaration.find(n.getNameAsString(), n)
                .map(d -> isWithin(declarationNode(d), env.varyingScope())).orElse(false)).isEmpty();
    }

    static Node declarationNode(Declaration declaration) {
        if (declaration instanceof Declaration.Local local) {
            return local.variable();
        }
        if (declaration instanceof Declaration.Param param) {
            return param.parameter();
        }
        if (declaration instanceof Declaration.LoopVariable loop) {
            return loop.variable();
        }
        if (declaration instanceof Declaration.Field field) {
            return field.variable();
        }
        return null;
    }

    /** Identifies the method (or type) enclosing a node, for symbol identities. */
    static String ownerKey(Node node) {
        StringBuilder key = new StringBuilder();
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> callable) {
                key.insert(0, "#" + callable.getNameAsString() + "/" + callable.getParameters().size()
                        + "@" + line(callable));
            } else if (n instanceof TypeDeclaration<?> type) {
                key.insert(0, TypeNames.qualifiedName(type));
                return key.toString();
            } else if (n instanceof CompilationUnit) {
                key.insert(0, JavaSources.pathOf(n).map(Path::toString).orElse("?"));
            }
        }
        return key.toString();
    }

    static int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(0);
    }

    private Location location(Node node) {
        Path file = JavaSources.pathOf(node).orElse(Path.of("?"));
        return new Location(file, Math.max(1, line(node)), node.getBegin().map(p -> p.column).orElse(1));
    }
}

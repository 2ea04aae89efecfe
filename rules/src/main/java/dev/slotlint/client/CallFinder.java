package dev.slotlint.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.KeyValue;
import dev.slotlint.key.Value;
import dev.slotlint.script.LuaScripts;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.ExpressionTypes;
import dev.slotlint.source.Location;
import dev.slotlint.source.Resolver;
import dev.slotlint.source.UnitNodes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the calls on Redis clients in one compilation unit: which client type runs each, at which library version,
 * and for catalogued commands which arguments are keys and what they evaluate to.
 */
public final class CallFinder {

    /** Calls that wrap a key as their first argument: stream offsets, map entries, Spring's list ends. */
    private static final Set<String> KEY_WRAPPERS = Set.of("from", "latest", "lastConsumed", "entry",
            "fromHead", "fromTail", "toHead", "toTail");
    /** Builder methods of option objects whose arguments are keys. */
    private static final Set<String> KEY_OPTIONS = Set.of("store", "storeDist", "withStore", "withStoreDist",
            "keys", "by");
    private static final Set<String> ALL_OPTIONS = Set.of("store", "storeDist", "withStore", "withStoreDist",
            "match");

    /** Methods that make Spring's bound operations, whose first argument is the key they are bound to. */
    private static final java.util.regex.Pattern BOUND_OPERATIONS = java.util.regex.Pattern.compile(
            "bound\\w*Ops");

    private final ClientCatalog catalog;
    private final Map<Library, Version> versions;
    private final Library springDriver;
    private final Set<String> methodsRead;

    /**
     * @param springDriver the client library Spring Data Redis runs on in this project
     * @param methodsRead  client methods whose arguments some rule reads: evaluated for those calls only
     */
    public CallFinder(ClientCatalog catalog, Map<Library, String> libraryVersions, Library springDriver,
                      Set<String> methodsRead) {
        this.catalog = catalog;
        this.versions = new java.util.EnumMap<>(Library.class);
        this.springDriver = springDriver;
        this.methodsRead = Set.copyOf(methodsRead);
        libraryVersions.forEach((library, version) -> versions.put(library, Version.parse(version)));
    }

    /**
     * Everything found in one file.
     *
     * @param wrappers methods of this file that pass their parameters into the keys of a command: each becomes a
     *                 derived command of its own, checked where it is called
     */
    public record Calls(List<CommandCall> commands, List<ClientCall> clientCalls, List<Wrapper> wrappers,
                        Set<String> calledNames, List<Transaction> transactions) {

        /** Whether no call here is one a rule can report. */
        public boolean isEmpty() {
            return commands.isEmpty() && clientCalls.isEmpty() && wrappers.isEmpty() && transactions.isEmpty();
        }
    }

    public Calls find(Path file, CompilationUnit unit, KeyEvaluator evaluator, Resolver resolver) {
        ExpressionTypes types = resolver.expressionTypes(unit);
        List<CommandCall> commands = new ArrayList<>();
        List<ClientCall> clientCalls = new ArrayList<>();
        List<Wrapper> wrappers = new ArrayList<>();
        Set<String> calledNames = new java.util.HashSet<>();
        for (MethodCallExpr call : UnitNodes.of(unit).calls()) {
            calledNames.add(call.getNameAsString());
            Optional<Expression> scope = call.getScope();
            if (scope.isEmpty()) {
                continue;
            }
            Optional<ClientType> client = types.typeOf(scope.get()).flatMap(catalog::type)
                    .map(type -> type.library() == Library.SPRING ? type.withDriver(springDriver) : type);
            if (client.isEmpty()) {
                continue;
            }
            Location location = location(file, call);
            Version version = versions.get(client.get().library());
            evaluator.forgetAssumptions();
            Arguments arguments = new Arguments(evaluator, types, Map.of());
            boolean read = methodsRead.contains(call.getNameAsString());
            clientCalls.add(new ClientCall(location, client.get(), call.getNameAsString(), version,
                    read ? call.getArguments().stream().map(arguments::text).toList() : List.of(),
                    read ? options(call, evaluator) : Map.of(),
                    catalog.unsupported(client.get(), version, call.getNameAsString())));
            Optional<Command> command = catalog.command(client.get(), call.getNameAsString());
            if (command.isEmpty()) {
                continue;
            }
            Optional<KeyArgument.Binding> bound = bind(command.get(), call.getArguments(), arguments)
                    .map(b -> withBoundKey(b, scope.get()));
            if (bound.isEmpty()) {
                continue;
            }
            KeyArgument.Binding binding = bound.get();
            KeyList keyList = keyList(binding, arguments, location);
            List<KeyList> each = keyList.each();
            CommandCall found = null;
            for (int i = 0; i < each.size(); i++) {
                KeyList keys = each.get(i);
                CommandCall one = new CommandCall(location, client.get(), command.get(), call.getNameAsString(),
                        keys.keys(), keys.complete(), catalog.crossSlot(client.get(), version,
                        command.get().name(), call.getNameAsString()),
                        List.of(client.get().simpleName() + "." + call.getNameAsString()), keys.script(),
                        KeyList.arms(Arms.of(call), location, i, each.size()), evaluator.assumptions());
                commands.add(one);
                found = found == null ? one : found;
            }
            CommandCall forwarded = found;
            Wrapper.forwardingMethod(binding, call).ifPresent(method -> wrappers.add(
                    Wrapper.ofClientCall(file, method, call, forwarded)));
        }
        return new Calls(commands, clientCalls, wrappers, calledNames,
                new Transactions(catalog).find(file, unit, evaluator, types, versions));
    }

    /** Where the keys of a call of a command are, as {@link #find} binds them. */
    static Optional<KeyArgument.Binding> binding(Command command, MethodCallExpr call, KeyEvaluator evaluator,
                                                 ExpressionTypes types) {
        Arguments arguments = new Arguments(evaluator, types, Map.of());
        return bind(command, call.getArguments(), arguments)
                .map(b -> call.getScope().map(scope -> withBoundKey(b, scope)).orElse(b));
    }

    /**
     * The keys of a command called with these arguments, evaluated with the given bindings (a wrapper's parameters
     * bound to its caller's arguments).
     */
    public static Optional<KeyList> keys(KeyArgument.Binding binding, KeyEvaluator evaluator,
                                         Map<com.github.javaparser.ast.Node, Value> bindings, ExpressionTypes types) {
        return Optional.of(keyList(binding, new Arguments(evaluator, types, bindings), null));
    }

    /**
     * The keys of a bound call; when one collection argument is one of a few collections that branches left, a key
     * list for each of them too.
     */
    private static KeyList keyList(KeyArgument.Binding binding, Arguments arguments, Location location) {
        List<KeyValue> keys = new ArrayList<>();
        boolean complete = binding.complete();
        for (KeyArgument argument : binding.keys()) {
            complete &= addKeys(argument, arguments, keys);
        }
        LuaScripts.Analysis script = script(binding, arguments, location);
        List<KeyArgument> branching = binding.keys().stream().filter(argument -> isCollection(argument)
                && !arguments.elements(argument.expression()).paths().isEmpty()).toList();
        List<KeyList> paths = new ArrayList<>();
        if (branching.size() == 1) {
            Expression expression = branching.get(0).expression();
            for (Value.Elements path : arguments.elements(expression).paths()) {
                arguments.choose(expression, path);
                List<KeyValue> pathKeys = new ArrayList<>();
                boolean pathComplete = binding.complete();
                for (KeyArgument argument : binding.keys()) {
                    pathComplete &= addKeys(argument, arguments, pathKeys);
                }
                paths.add(new KeyList(pathKeys, pathComplete, script, List.of()));
            }
            arguments.choose(null, null);
        }
        return new KeyList(keys, complete, script, paths);
    }

    private static boolean isCollection(KeyArgument argument) {
        return switch (argument.form()) {
            case SINGLE, WRAPPED, STORE_OPTION -> false;
            default -> true;
        };
    }

    /** The keys of a call of a command, its arguments evaluated with these bindings; empty when none binds. */
    static Optional<KeyList> keysOf(Command command, MethodCallExpr call, KeyEvaluator evaluator,
                                    Map<com.github.javaparser.ast.Node, Value> bindings, ExpressionTypes types) {
        Arguments arguments = new Arguments(evaluator, types, bindings);
        return bind(command, call.getArguments(), arguments).flatMap(b -> keys(b, evaluator, bindings, types));
    }

    /** The keys an EVAL's script touches, when the script's text can be known. */
    private static LuaScripts.Analysis script(KeyArgument.Binding binding, Arguments arguments, Location location) {
        if (binding.script() == null) {
            return null;
        }
        Optional<String> text = KeyEvaluator.scriptText(arguments.value(binding.script()));
        if (text.isPresent()) {
            LuaScripts.Analysis analysis = LuaScripts.analyse(text.get());
            if (analysis.error() != null && location != null) {
                arguments.evaluator.problem(location, "Lua script cannot be parsed, its keys are not checked: "
                        + analysis.error());
            }
            return analysis;
        }
        return null;
    }

    /**
     * Keys of one call, whether every key could be enumerated, and the keys of its Lua script if it has one.
     *
     * @param paths when a collection argument is one of a few that branches left, the key list along each; empty
     *              otherwise
     */
    public record KeyList(List<KeyValue> keys, boolean complete, LuaScripts.Analysis script, List<KeyList> paths) {

        /** The key lists to judge: one per path when there are several, else this one. */
        public List<KeyList> each() {
            return paths.isEmpty() ? List.of(this) : paths;
        }

        /**
         * The arms of the call along path {@code i} of {@code count}: one arm each, of a branch at the call, so that
         * each rule reports the call once, by the first path that gives a finding.
         */
        public static Set<String> arms(Set<String> arms, Location at, int i, int count) {
            if (count < 2) {
                return arms;
            }
            Set<String> more = new java.util.LinkedHashSet<>(arms);
            more.add("keys@" + at.line() + ":" + at.column() + "#" + i);
            return more;
        }
    }

    private static Location location(Path file, MethodCallExpr call) {
        var at = call.getName().getBegin().orElseThrow();
        return new Location(file, at.line, at.column);
    }

    /** Adds the keys one argument holds; false when it holds keys that could not be enumerated. */
    private static boolean addKeys(KeyArgument argument, Arguments arguments, List<KeyValue> keys) {
        Expression expression = argument.expression();
        switch (argument.form()) {
            case SINGLE -> {
                keys.add(arguments.key(expression));
                return true;
            }
            case WRAPPED -> {
                Expression wrapped = expression instanceof MethodCallExpr call ? call.getArgument(0)
                        : ((ObjectCreationExpr) expression).getArgument(0);
                keys.add(arguments.key(wrapped));
                return true;
            }
            case STORE_OPTION -> {
                optionCalls(expression, KEY_OPTIONS).forEach(call -> call.getArguments()
                        .forEach(key -> keys.add(arguments.key(key))));
                return true;
            }
            default -> {
            }
        }
        Value.Elements elements = arguments.elements(expression);
        List<KeyValue> values = elements.elements();
        if (argument.form() == KeyArgument.Form.EVEN_ELEMENTS) {
            if (!elements.exhaustive()) {
                return false;
            }
            for (int i = 0; i < values.size(); i += 2) {
                keys.add(values.get(i));
            }
        } else {
            keys.addAll(values);
        }
        return elements.exhaustive();
    }

    static Optional<KeyArgument.Binding> bind(Command command, List<Expression> arguments, Arguments values) {
        for (KeyLayout layout : command.layouts()) {
            Optional<KeyArgument.Binding> binding = KeyArgument.bind(layout, arguments, values::kind,
                    e -> values.evaluator.intConstant(e).orElse(-1));
            if (binding.isPresent()) {
                return binding;
            }
        }
        return Optional.empty();
    }

    /** A binding of a bound-operations call, with the receiver's key first; incomplete when it cannot be found. */
    private static KeyArgument.Binding withBoundKey(KeyArgument.Binding binding, Expression receiver) {
        if (!binding.layout().bound()) {
            return binding;
        }
        Optional<Expression> key = boundKey(receiver);
        List<KeyArgument> keys = new ArrayList<>();
        key.ifPresent(k -> keys.add(new KeyArgument(k, KeyArgument.Form.SINGLE)));
        keys.addAll(binding.keys());
        return new KeyArgument.Binding(binding.layout(), keys, binding.complete() && key.isPresent(),
                binding.script());
    }

    /**
     * The key a bound-operations receiver is bound to: {@code template.boundSetOps(key)}, directly or through the
     * initialiser of the local that holds it.
     */
    private static Optional<Expression> boundKey(Expression receiver) {
        Expression maker = receiver;
        if (receiver instanceof NameExpr name && Declaration.find(name.getNameAsString(), name).orElse(null)
                instanceof Declaration.Local local && local.variable().getInitializer().isPresent()) {
            maker = local.variable().getInitializer().get();
        }
        return maker instanceof MethodCallExpr call && BOUND_OPERATIONS.matcher(call.getNameAsString()).matches()
                && call.getArguments().size() >= 1 ? Optional.of(call.getArgument(0)) : Optional.empty();
    }

    /** Values given to builder methods of the call's option arguments, such as the pattern of {@code match}. */
    private static Map<String, KeyValue> options(MethodCallExpr call, KeyEvaluator evaluator) {
        Map<String, KeyValue> options = new LinkedHashMap<>();
        for (Expression argument : call.getArguments()) {
            for (MethodCallExpr option : optionCalls(argument, ALL_OPTIONS)) {
                options.putIfAbsent(option.getNameAsString(), evaluator.key(option.getArgument(0)));
            }
        }
        return options;
    }

    /**
     * Builder calls with one of the given names inside an option argument, or in the initialiser of the local it
     * names: {@code GeoRadiusStoreParam.geoRadiusStoreParam().store("dest")}, {@code new ScanParams().match(p)}.
     */
    private static List<MethodCallExpr> optionCalls(Expression argument, Set<String> names) {
        Node searched = argument;
        if (argument instanceof NameExpr name) {
            Optional<Declaration> declaration = Declaration.find(name.getNameAsString(), name);
            if (declaration.isPresent() && declaration.get() instanceof Declaration.Local local
                    && local.variable().getInitializer().isPresent()) {
                searched = local.variable().getInitializer().get();
            }
        }
        return searched.findAll(MethodCallExpr.class, c -> names.contains(c.getNameAsString())
                && c.getArguments().size() >= 1);
    }

    /** Evaluates each argument once, however often binding and key extraction ask. */
    private static final class Arguments {

        /** Static types that can hold a key: text, bytes, and the generic key type of Lettuce's codecs. */
        private static final Set<String> KEY_TYPES = Set.of("java.lang.String", "String", "byte[]",
                "java.lang.CharSequence", "CharSequence", "java.lang.Object", "Object", "K");

        final KeyEvaluator evaluator;
        private final ExpressionTypes types;
        private final Map<com.github.javaparser.ast.Node, Value> bindings;
        private final Map<Expression, Value> values = new IdentityHashMap<>();

        Arguments(KeyEvaluator evaluator, ExpressionTypes types, Map<com.github.javaparser.ast.Node, Value> bindings) {
            this.evaluator = evaluator;
            this.types = types;
            this.bindings = bindings;
        }

        /** The path a collection argument is taken along, when its value keeps several apart. */
        private Expression chosen;
        private Value.Elements chosenPath;

        Value value(Expression expression) {
            return values.computeIfAbsent(expression, e -> evaluator.value(e, bindings));
        }

        Value.Elements elements(Expression expression) {
            return expression == chosen ? chosenPath : evaluator.elementsOf(value(expression));
        }

        void choose(Expression expression, Value.Elements path) {
            chosen = expression;
            chosenPath = path;
        }

        KeyValue key(Expression expression) {
            Value value = value(expression);
            return value instanceof Value.Single single ? evaluator.keyOf(single)
                    : evaluator.elementsOf(value).elements().size() == 1 && evaluator.elementsOf(value).exhaustive()
                    ? evaluator.elementsOf(value).elements().get(0) : evaluator.key(expression);
        }

        KeyValue text(Expression expression) {
            return key(expression);
        }

        ArgKind kind(Expression expression) {
            if (expression instanceof LambdaExpr || expression instanceof MethodReferenceExpr) {
                return ArgKind.OBJECT;
            }
            if (expression instanceof MethodCallExpr call && KEY_WRAPPERS.contains(call.getNameAsString())
                    && call.getArguments().size() >= 1
                    || expression instanceof ObjectCreationExpr creation
                    && creation.getType().getNameAsString().endsWith("Entry") && creation.getArguments().size() == 2) {
                return ArgKind.WRAPPED_KEY;
            }
            Value value = value(expression);
            if (value instanceof Value.Elements) {
                return ArgKind.COLLECTION;
            }
            Value.Single single = (Value.Single) value;
            return switch (single.kind()) {
                case STRING, BYTES, NULL -> ArgKind.KEY_LIKE;
                case INT, LONG, FLOAT, DOUBLE, CHAR -> ArgKind.NUMBER;
                case BOOLEAN, OPTION -> ArgKind.OBJECT;
                case OTHER -> single.constant() != null || types.typeOf(expression)
                        .filter(type -> !KEY_TYPES.contains(type)).isPresent() ? ArgKind.OBJECT : ArgKind.KEY_LIKE;
            };
        }
    }
}

package dev.slotlint.key;

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
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.slotlint.source.ImportContext;
import dev.slotlint.source.TypeNames;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's own methods, evaluated with the caller's arguments: the values their {@code return} statements can
 * give, with parameters bound. Depth-bounded and safe against recursion.
 */
final class Helpers {

    private final KeyEvaluator evaluator;
    /** Values of helper calls by method and argument values (their identities, not how they print). */
    private final Map<MemoKey, Memo> memo = new HashMap<>();
    private final Deque<String> inProgress = new ArrayDeque<>();

    Helpers(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** {@code helper(x)} or {@code this.helper(x)}: a method of an enclosing type, or statically imported. */
    Value unqualifiedCall(MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        for (Node node = call; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof TypeDeclaration<?> type) {
                Optional<Value> own = helper(type, call, evaluator.arguments(call, env), env, Map.of());
                if (own.isPresent()) {
                    return own.get();
                }
            }
        }
        ImportContext imports = evaluator.resolver.typeNames(call).imports();
        String owner = imports.staticMembers().get(method);
        List<String> owners = new ArrayList<>();
        if (owner != null) {
            owners.add(owner);
        }
        owners.addAll(imports.staticOnDemand());
        for (String candidate : owners) {
            Value result = evaluator.staticCall(candidate, call, env);
            if (result != null) {
                return result;
            }
        }
        return evaluator.givesMany(call) ? Value.Elements.UNKNOWN : evaluator.unknown(call, env);
    }

    /** {@code Keys.user(id)}: a static method of a project type; null when the type is not the project's. */
    Value staticHelper(String owner, MethodCallExpr call, Env env) {
        Optional<TypeDeclaration<?>> project = evaluator.resolver.projectType(owner);
        if (project.isPresent()) {
            Optional<Value> helper = helper(project.get(), call, evaluator.arguments(call, env), env, Map.of());
            if (helper.isPresent()) {
                return helper.get();
            }
        }
        return null;
    }

    /** A helper called on an object: its declared type decides which project method runs. */
    Optional<Value> instanceHelper(Expression scope, Value receiver, MethodCallExpr call, Env env) {
        Map<String, Value> receiverFields = Map.of();
        Optional<TypeDeclaration<?>> type = Optional.empty();
        if (receiver instanceof Value.Single single && single.constant() instanceof Enums.EnumRef ref) {
            type = evaluator.resolver.projectType(ref.enumType());
            receiverFields = type.map(t -> enumConstantFields(t, ref.name(), env)).orElse(Map.of());
        }
        if (type.isEmpty()) {
            type = evaluator.resolver.typeOf(scope).flatMap(evaluator.resolver::projectType);
        }
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> result = helper(type.get(), call, evaluator.arguments(call, env), env, receiverFields);
        // a method of an object that differs per item (a loop's, a lambda's) gives what differs per item too, even
        // when all it tells is "one of its fields"
        if (result.isPresent() && receiver instanceof Value.Single single && single.text().variesPerElement()
                && result.get() instanceof Value.Single value && value.text().isOpaque()
                && !value.text().variesPerElement()) {
            return Optional.of(evaluator.unknown(call, env));
        }
        return result;
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
                bindings.put(constructor.getParameter(i), evaluator.eval(constant.getArguments().get(i), env));
            }
            Env inConstructor = env.bind(bindings);
            Map<String, Value> fields = new HashMap<>();
            for (AssignExpr assign : constructor.getBody().findAll(AssignExpr.class)) {
                String target = assign.getTarget() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                        ? f.getNameAsString()
                        : assign.getTarget() instanceof NameExpr n ? n.getNameAsString() : null;
                if (target != null && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                    fields.put(target, evaluator.eval(assign.getValue(), inConstructor));
                }
            }
            return fields;
        }
        return Map.of();
    }

    private Optional<Value> helper(TypeDeclaration<?> owner, MethodCallExpr call, List<Value> arguments, Env env,
                                   Map<String, Value> receiverFields) {
        return helper(owner, call.getNameAsString(), call, arguments, env, receiverFields);
    }

    /**
     * A project method named directly (a method reference), applied to these argument values. An argument that is
     * one of a few alternatives (a field that is {@code ""} by default or the user's prefix) is tried one alternative
     * at a time, so that what the method does with each (drop an empty prefix, say) is kept apart.
     */
    Optional<Value> helper(TypeDeclaration<?> owner, String name, Node call, List<Value> arguments, Env env,
                           Map<String, Value> receiverFields) {
        List<List<Value>> split = split(arguments);
        if (split.size() > 1) {
            List<Value> results = new ArrayList<>();
            for (List<Value> one : split) {
                Optional<Value> result = helper(owner, name, call, one, env, receiverFields);
                if (result.isEmpty()) {
                    return result;
                }
                results.add(result.get());
            }
            return Optional.of(evaluator.values.join(results, call, env));
        }
        return inline(owner, name, call, arguments, env, receiverFields);
    }

    /** How many single-alternative argument lists an argument list is tried as, at most. */
    private static final int SPLITS = 4;

    /** The argument lists with one alternative each, when there are a few; the list itself otherwise. */
    private static List<List<Value>> split(List<Value> arguments) {
        List<List<Value>> combinations = List.of(List.of());
        for (Value argument : arguments) {
            List<Value> choices = argument instanceof Value.Single single && single.text().alternatives().size() > 1
                    ? single.text().alternatives().stream().map(parts -> (Value) new Value.Single(KeyValue.of(parts),
                    single.kind(), KeyValue.of(parts).knownText().orElse(null))).toList()
                    : List.of(argument);
            if (combinations.size() * choices.size() > SPLITS) {
                return List.of(arguments);
            }
            List<List<Value>> next = new ArrayList<>();
            for (List<Value> prefix : combinations) {
                for (Value choice : choices) {
                    List<Value> longer = new ArrayList<>(prefix);
                    longer.add(choice);
                    next.add(longer);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    /** What a getter Lombok generates gives: the field's value. */
    private Optional<Value> generatedGetter(TypeDeclaration<?> owner, String name, Env env,
                                            Map<String, Value> receiverFields) {
        return dev.slotlint.source.Accessors.of(owner, name).filter(accessor -> accessor.variable() != null)
                .map(accessor -> {
                    Value given = receiverFields.get(accessor.variable().getNameAsString());
                    return given != null ? given : evaluator.variables.fieldValue(owner, accessor.field(),
                            accessor.variable(), env);
                });
    }

    private Optional<Value> inline(TypeDeclaration<?> owner, String name, Node call, List<Value> arguments, Env env,
                                   Map<String, Value> receiverFields) {
        MethodDeclaration method = findMethod(owner, name, arguments, call, 0);
        if (method == null && arguments.isEmpty()) {
            return generatedGetter(owner, name, env, receiverFields);
        }
        if (method == null || method.getBody().isEmpty() || method.getType().isVoidType()) {
            return Optional.empty();
        }
        String key = TypeNames.qualifiedName(owner) + "#" + method.getNameAsString() + "/"
                + method.getParameters().size() + "@" + Symbols.line(method);
        if (inProgress.contains(key) || env.depth() >= KeyEvaluator.MAX_DEPTH) {
            return Optional.of(evaluator.unknown(call, env));
        }
        MemoKey memoKey = env.varyingScope() == null && receiverFields.isEmpty() && env.bindings().isEmpty()
                ? new MemoKey(key, List.copyOf(arguments)) : null;
        if (memoKey != null && memo.containsKey(memoKey)) {
            Memo known = memo.get(memoKey);
            known.assumptions().forEach(evaluator::assume);
            return Optional.of(known.value());
        }
        Set<String> assumedBefore = evaluator.assumptionsSoFar();
        Map<Node, Value> bindings = evaluator.bindParameters(method.getParameters(), arguments);
        for (Map.Entry<String, Value> field : receiverFields.entrySet()) {
            for (FieldDeclaration declaration : owner.getFields()) {
                for (VariableDeclarator variable : declaration.getVariables()) {
                    if (variable.getNameAsString().equals(field.getKey())) {
                        bindings.put(variable, field.getValue());
                    }
                }
            }
        }
        inProgress.push(key);
        try {
            if (Statements.worthRunning(method)) {
                Optional<Value> ran = evaluator.statements.run(method, env.call(bindings));
                if (ran.isPresent()) {
                    remember(memoKey, ran.get(), assumedBefore);
                    return ran;
                }
            }
            List<ReturnStmt> returns = method.getBody().get().findAll(ReturnStmt.class,
                    r -> r.findAncestor(CallableDeclaration.class).orElse(null) == method
                            && r.findAncestor(LambdaExpr.class).map(l -> !Symbols.isWithin(l, method)).orElse(true));
            if (returns.isEmpty() || returns.size() > KeyValue.MAX_ALTERNATIVES) {
                return Optional.of(evaluator.unknown(call, env));
            }
            Env inside = env.call(bindings);
            returns = returns.stream().filter(r -> reachable(r, method, inside)).toList();
            if (returns.isEmpty()) {
                return Optional.of(evaluator.unknown(call, env));
            }
            List<Value> results = new ArrayList<>();
            for (ReturnStmt statement : returns) {
                if (statement.getExpression().isEmpty()) {
                    return Optional.of(evaluator.unknown(call, env));
                }
                results.add(evaluator.eval(statement.getExpression().get(), inside));
            }
            Value result = results.size() == 1 ? results.get(0) : evaluator.values.join(results, call, env);
            remember(memoKey, result, assumedBefore);
            return Optional.of(result);
        } finally {
            inProgress.pop();
        }
    }

    private void remember(MemoKey memoKey, Value result, Set<String> assumedBefore) {
        if (memoKey != null) {
            List<String> added = evaluator.assumptions().stream().filter(a -> !assumedBefore.contains(a)).toList();
            memo.put(memoKey, new Memo(result, added));
        }
    }

    /** A helper call: the method, and the values it was given, equal only when their symbols are the same. */
    private record MemoKey(String method, List<Value> arguments) {
    }

    /** A helper call's value, and what its evaluation assumed. */
    private record Memo(Value value, List<String> assumptions) {
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
        return evaluator.eval(branch.getCondition(), env) instanceof Value.Single s && s.constant() instanceof Boolean b
                ? b : null;
    }

    private static boolean alwaysReturns(Statement statement) {
        if (statement instanceof ReturnStmt) {
            return true;
        }
        return statement instanceof BlockStmt block && !block.getStatements().isEmpty()
                && block.getStatements().getLast().orElse(null) instanceof ReturnStmt;
    }

    /** The static types of a call's arguments, where they can be told: what picks among overloads. */
    private List<Optional<String>> argumentTypes(Node call) {
        if (!(call instanceof MethodCallExpr method)) {
            return List.of();
        }
        List<Optional<String>> types = new ArrayList<>();
        method.getArguments().forEach(argument -> types.add(evaluator.resolver.typeOf(argument)));
        return types;
    }

    private MethodDeclaration findMethod(TypeDeclaration<?> owner, String name, List<Value> arguments, Node call,
                                         int depth) {
        MethodDeclaration accepting = null;
        MethodDeclaration fallback = null;
        // as javac does: methods of fixed arity first, varargs only when none applies
        List<MethodDeclaration> candidates = new ArrayList<>(owner.getMethodsByName(name));
        candidates.sort(java.util.Comparator.comparing(m -> m.getParameters().isNonEmpty()
                && m.getParameters().getLast().orElseThrow().isVarArgs()));
        // the static types of the arguments pick among overloads, and only there
        List<Optional<String>> argumentTypes = candidates.size() > 1 ? argumentTypes(call) : List.of();
        for (MethodDeclaration candidate : candidates) {
            NodeList<Parameter> parameters = candidate.getParameters();
            boolean varargs = !parameters.isEmpty() && parameters.get(parameters.size() - 1).isVarArgs();
            boolean arity = varargs ? arguments.size() >= parameters.size() - 1 : arguments.size() == parameters.size();
            if (!arity) {
                continue;
            }
            if (parametersAccept(parameters, arguments)) {
                if (typesMatch(parameters, argumentTypes)) {
                    return candidate;
                }
                accepting = accepting == null ? candidate : accepting;
            }
            fallback = fallback == null ? candidate : fallback;
        }
        if (accepting != null) {
            return accepting;
        }
        if (fallback != null || depth > 8) {
            return fallback;
        }
        for (TypeDeclaration<?> supertype : evaluator.resolver.supertypes(owner)) {
            MethodDeclaration inherited = findMethod(supertype, name, arguments, call, depth + 1);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    /** Whether every argument whose static type is known has its parameter's type (by simple name, generics aside). */
    private boolean typesMatch(NodeList<Parameter> parameters, List<Optional<String>> argumentTypes) {
        for (int i = 0; i < Math.min(parameters.size(), argumentTypes.size()); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter.isVarArgs() || argumentTypes.get(i).isEmpty()) {
                continue;
            }
            String wanted = evaluator.resolver.typeNames(parameter).resolve(parameter.getType(), parameter);
            String given = argumentTypes.get(i).get();
            if (!simple(wanted).equals(simple(given)) && !wanted.equals("java.lang.Object")) {
                return false;
            }
        }
        return true;
    }

    private static String simple(String type) {
        String raw = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    private static boolean parametersAccept(NodeList<Parameter> parameters, List<Value> arguments) {
        for (int i = 0; i < Math.min(parameters.size(), arguments.size()); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter.isVarArgs()) {
                return true;
            }
            Value.Kind expected = Values.kindOf(parameter.getType(), false);
            boolean collection = Values.isCollectionType(parameter.getType());
            Value argument = arguments.get(i);
            if (collection && argument instanceof Value.Single single && (single.kind() == Value.Kind.STRING
                    || single.kind().isNumeric()) || expected == Value.Kind.STRING && argument instanceof Value.Elements) {
                // text is no collection, and a collection no text
                return false;
            }
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
}

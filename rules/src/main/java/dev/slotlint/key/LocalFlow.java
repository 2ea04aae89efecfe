package dev.slotlint.key;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.slotlint.source.Declaration;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value of a local variable where it is used, found by following the statements from its declaration to that
 * point: assignments replace it, {@code +=} and {@code append} extend it, {@code add} and {@code put} grow a
 * collection, an if/else gives alternatives, and a loop that builds a collection adds elements that differ per
 * iteration. What cannot be followed makes the value unknown; nothing is guessed ("first assignment wins" never).
 */
final class LocalFlow {

    /** Adders that put the element first: a deque's {@code push} and {@code addFirst}. */
    private static final Set<String> FRONT_ADDERS = Set.of("addFirst", "push", "offerFirst");

    private static final Set<String> COLLECTION_ADDERS = Set.of("add", "addLast", "addFirst", "push", "offer",
            "put", "putIfAbsent");
    private static final Set<String> COLLECTION_BULK = Set.of("addAll", "putAll");


    private final KeyEvaluator evaluator;

    LocalFlow(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    Value valueAt(Declaration.Local local, NameExpr use, Env env) {
        VariableDeclarator variable = local.variable();
        Value bound = env.bindings().get(variable);
        if (bound != null) {
            return bound;
        }
        Value state = variable.getInitializer()
                .map(init -> evaluator.eval(init, env))
                .orElseGet(() -> unknownLocal(variable, env));
        Statement declaring = local.statement();
        Node block = declaring == null ? null : declaring.getParentNode().orElse(null);
        boolean guarded = guardedNonEmpty(use, variable) && nonEmpty.add(variable);
        try {
            if (block != null) {
                NodeList<Statement> statements = statementsOf(block);
                if (statements != null) {
                    int start = indexOf(statements, declaring) + 1;
                    state = fold(statements, start, use, state, variable, env);
                }
            }
        } finally {
            if (guarded) {
                nonEmpty.remove(variable);
            }
        }
        return named(state, variable, env);
    }

    /** Collections whose use being followed lies where the code has tested them non-empty. */
    private final Set<VariableDeclarator> nonEmpty = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());

    /**
     * Whether a use lies in the then-branch of an {@code if} that tests the variable non-empty
     * ({@code !ids.isEmpty()}, {@code !CollectionUtils.isEmpty(ids)}, {@code ids.size() > 0}): there, a path on which
     * it stayed empty does not reach the use.
     */
    private static boolean guardedNonEmpty(Node use, VariableDeclarator variable) {
        Node child = use;
        for (Node parent = use.getParentNode().orElse(null); parent != null;
             child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof IfStmt branch && child == branch.getThenStmt()
                    && testsNonEmpty(branch.getCondition(), variable)) {
                return true;
            }
        }
        return false;
    }

    private static boolean testsNonEmpty(Expression condition, VariableDeclarator variable) {
        String written = condition.toString().replaceAll("\\s+", "");
        String name = variable.getNameAsString();
        return written.matches("!(\\w+\\.)*isEmpty\\(" + name + "\\)") || written.equals("!" + name + ".isEmpty()")
                || written.matches("(\\w+\\.)*isNotEmpty\\(" + name + "\\)") || written.equals(name + ".size()>0")
                || written.equals(name + ".size()!=0");
    }

    /** An unknown string value of a local is shown by the local's own name. */
    private Value named(Value state, VariableDeclarator variable, Env env) {
        if (state instanceof Value.Single single && single.text().isOpaque() && single.constant() == null
                && single.text().alternatives().get(0).get(0) instanceof Part.Unknown u
                && u.symbol().id().startsWith("expr:")) {
            return Value.Single.unknown(identity(variable, env, u.symbol().perElement()), single.kind());
        }
        return state;
    }

    /** A local's identity; inside a helper evaluated with bound parameters, that call's. */
    private Symbol identity(VariableDeclarator variable, Env env, boolean perElement) {
        String name = variable.getNameAsString();
        Symbol symbol = Symbol.of("local:" + Symbols.ownerKey(variable) + "#" + name + "@"
                + Symbols.line(variable) + env.parametersIdentity(), name);
        return perElement || env.varyingScope() != null && Symbols.isWithin(variable, env.varyingScope())
                ? symbol.varyingPerElement() : symbol;
    }

    private Value unknownLocal(VariableDeclarator variable, Env env) {
        if (Values.isCollectionType(variable.getType())) {
            return Value.Elements.UNKNOWN;
        }
        return Value.Single.unknown(identity(variable, env, false), Values.kindOf(variable.getType(), false));
    }

    private static NodeList<Statement> statementsOf(Node block) {
        if (block instanceof BlockStmt b) {
            return b.getStatements();
        }
        if (block instanceof SwitchEntry entry) {
            return entry.getStatements();
        }
        return null;
    }

    private static int indexOf(NodeList<Statement> statements, Node statement) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == statement) {
                return i;
            }
        }
        return statements.size();
    }

    /** Applies statements in order from {@code from} until the one that holds {@code target}, then descends. */
    private Value fold(NodeList<Statement> statements, int from, Node target, Value state, VariableDeclarator variable,
                       Env env) {
        for (int i = from; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            if (target != null && Symbols.isWithin(target, statement)) {
                return descend(statement, target, state, variable, env);
            }
            state = transfer(statement, state, variable, env);
        }
        return state;
    }

    private Value descend(Statement statement, Node target, Value state, VariableDeclarator variable,
                          Env env) {
        if (statement instanceof BlockStmt block) {
            return fold(block.getStatements(), 0, target, state, variable, env);
        }
        if (statement instanceof IfStmt branch) {
            if (Symbols.isWithin(target, branch.getThenStmt())) {
                return descend(branch.getThenStmt(), target, state, variable, env);
            }
            if (branch.getElseStmt().isPresent() && Symbols.isWithin(target, branch.getElseStmt().get())) {
                return descend(branch.getElseStmt().get(), target, state, variable, env);
            }
            return state;
        }
        if (isLoop(statement)) {
            if (Mutations.mutates(statement, variable)) {
                state = unknownLocal(variable, env);
            }
            Statement body = loopBody(statement);
            return Symbols.isWithin(target, body) ? descend(body, target, state, variable, env) : state;
        }
        if (statement instanceof TryStmt attempt) {
            if (Symbols.isWithin(target, attempt.getTryBlock())) {
                return descend(attempt.getTryBlock(), target, state, variable, env);
            }
            if (Mutations.mutates(attempt.getTryBlock(), variable)) {
                return unknownLocal(variable, env);
            }
            for (var clause : attempt.getCatchClauses()) {
                if (Symbols.isWithin(target, clause.getBody())) {
                    return descend(clause.getBody(), target, state, variable, env);
                }
            }
            if (attempt.getFinallyBlock().isPresent()) {
                return descend(attempt.getFinallyBlock().get(), target, state, variable, env);
            }
            return state;
        }
        if (statement instanceof SwitchStmt choice) {
            if (choice.getEntries().stream().anyMatch(e -> Mutations.mutates(e, variable))) {
                return unknownLocal(variable, env);
            }
            for (SwitchEntry entry : choice.getEntries()) {
                if (Symbols.isWithin(target, entry)) {
                    return fold(entry.getStatements(), 0, target, state, variable, env);
                }
            }
            return state;
        }
        if (statement instanceof LabeledStmt labeled) {
            return descend(labeled.getStatement(), target, state, variable, env);
        }
        if (statement instanceof SynchronizedStmt synchronizedStmt) {
            return descend(synchronizedStmt.getBody(), target, state, variable, env);
        }
        return state;
    }

    /** The state after a statement that does not contain the point of use. */
    private Value transfer(Statement statement, Value state, VariableDeclarator variable, Env env) {
        if (!Mutations.mentions(statement, variable)) {
            return state;
        }
        if (statement instanceof ExpressionStmt expressionStmt) {
            return effect(expressionStmt.getExpression(), state, variable, env);
        }
        if (statement instanceof BlockStmt block) {
            return fold(block.getStatements(), 0, null, state, variable, env);
        }
        if (statement instanceof IfStmt branch) {
            if (!Mutations.mutates(branch, variable)) {
                return state;
            }
            Value whenTrue = transfer(branch.getThenStmt(), state, variable, env);
            Value whenFalse = branch.getElseStmt().map(s -> transfer(s, state, variable, env)).orElse(state);
            if (env.varyingScope() != null && whenTrue instanceof Value.Elements a && whenFalse instanceof Value.Elements b) {
                return perElementUnion(a, b);
            }
            if (nonEmpty.contains(variable)) {
                // the use is reached only where the collection is not empty: a path that leaves it empty is not one
                if (isEmptyCollection(whenFalse) && !isEmptyCollection(whenTrue)) {
                    return whenTrue;
                }
                if (isEmptyCollection(whenTrue) && !isEmptyCollection(whenFalse)) {
                    return whenFalse;
                }
            }
            return evaluator.values.join(List.of(whenTrue, whenFalse), branch, env);
        }
        if (isLoop(statement)) {
            if (!Mutations.mutates(statement, variable)) {
                return state;
            }
            if (state instanceof Value.Elements before) {
                Value added = transfer(loopBody(statement), new Value.Elements(List.of(), true), variable,
                        env.varyingIn(statement));
                return added instanceof Value.Elements more ? before.plusAll(more)
                        : before.plusAll(Value.Elements.UNKNOWN);
            }
            return unknownLocal(variable, env);
        }
        if (statement instanceof TryStmt attempt) {
            if (!Mutations.mutates(statement, variable)) {
                return state;
            }
            boolean clausesMutate = attempt.getCatchClauses().stream().anyMatch(c -> Mutations.mutates(c, variable))
                    || attempt.getFinallyBlock().map(f -> Mutations.mutates(f, variable)).orElse(false);
            return clausesMutate ? unknownLocal(variable, env) : transfer(attempt.getTryBlock(), state, variable, env);
        }
        if (statement instanceof LabeledStmt labeled) {
            return transfer(labeled.getStatement(), state, variable, env);
        }
        return Mutations.mutates(statement, variable) ? spoiled(state, variable, env) : state;
    }

    /**
     * Inside a loop that builds a collection, an element added on one branch is still one of the elements that
     * vary per iteration; elements that do not vary are kept only when both branches add them.
     */
    private static Value perElementUnion(Value.Elements a, Value.Elements b) {
        java.util.LinkedHashSet<KeyValue> union = new java.util.LinkedHashSet<>();
        for (KeyValue element : a.elements()) {
            if (element.variesPerElement() || b.elements().contains(element)) {
                union.add(element);
            }
        }
        for (KeyValue element : b.elements()) {
            if (element.variesPerElement()) {
                union.add(element);
            }
        }
        return new Value.Elements(List.copyOf(union), a.exhaustive() && b.exhaustive());
    }

    private static boolean isEmptyCollection(Value value) {
        return value instanceof Value.Elements elements && elements.exhaustive() && elements.elements().isEmpty();
    }

    /** The effect of one expression statement on the variable's state. */
    private Value effect(Expression expression, Value state, VariableDeclarator variable, Env env) {
        Env withState = env.bind(Map.<Node, Value>of(variable, state));
        if (state instanceof Value.Elements before && expression instanceof MethodCallExpr call
                && call.getNameAsString().equals("forEach") && call.getScope().isPresent()
                && call.getArguments().size() == 1
                && call.getArgument(0) instanceof com.github.javaparser.ast.expr.LambdaExpr lambda
                && lambda.getParameters().size() == 1 && Mutations.mutates(lambda.getBody(), variable)) {
            return before.plusAll(forEach(call.getScope().get(), lambda, variable, withState));
        }
        if (expression instanceof AssignExpr assign) {
            Expression target = assign.getTarget();
            if (Mutations.isVariable(target, variable)) {
                Value value = evaluator.eval(assign.getValue(), withState);
                return switch (assign.getOperator()) {
                    case ASSIGN -> value;
                    case PLUS -> plus(state, value, assign, env);
                    default -> unknownLocal(variable, env);
                };
            }
            if (target instanceof ArrayAccessExpr element && Mutations.isVariable(element.getName(), variable)
                    && state instanceof Value.Elements elements) {
                KeyValue value = evaluator.values.keyOf(evaluator.eval(assign.getValue(), withState), assign, withState);
                return env.varyingScope() != null ? elements.plus(value) : setElement(elements, element, value,
                        withState);
            }
            return Mutations.mutates(expression, variable) ? spoiled(state, variable, env) : state;
        }
        if (expression instanceof MethodCallExpr call && rootOf(call) instanceof NameExpr root
                && Mutations.isVariable(root, variable)) {
            return chain(call, state, variable, withState);
        }
        if (state instanceof Value.Elements elements && expression instanceof MethodCallExpr call
                && isAddAll(call, variable)) {
            return elements.plusAll(addedByAddAll(call, withState));
        }
        if (expression instanceof UnaryExpr unary && Mutations.isVariable(unary.getExpression(), variable)) {
            return unknownLocal(variable, env);
        }
        return Mutations.mutates(expression, variable) ? spoiled(state, variable, env) : state;
    }

    /**
     * {@code ids.forEach(id -> keys.add("user:" + id))}: the elements the lambda adds, once per item of the source,
     * differing per item like those added in a loop.
     */
    private Value.Elements forEach(Expression source, com.github.javaparser.ast.expr.LambdaExpr lambda,
                                   VariableDeclarator variable, Env env) {
        Value.Elements items = evaluator.streams.source(evaluator.eval(source, env), source, env);
        Value.Elements added = new Value.Elements(List.of(), items.exhaustive());
        for (KeyValue item : items.elements()) {
            Env inside = env.bind(Map.<Node, Value>of(lambda.getParameter(0),
                    new Value.Single(item, Value.Kind.STRING, item.knownText().orElse(null)))).varyingIn(lambda);
            Value.Elements empty = new Value.Elements(List.of(), true);
            Value result = lambda.getExpressionBody().isPresent()
                    ? effect(lambda.getExpressionBody().get(), empty, variable, inside)
                    : transfer(lambda.getBody(), empty, variable, inside);
            added = added.plusAll(result instanceof Value.Elements more ? more : Value.Elements.UNKNOWN);
        }
        return added;
    }

    private Value plus(Value state, Value value, Node where, Env env) {
        if (state instanceof Value.Single left && value instanceof Value.Single right) {
            Value.Single text = evaluator.values.asText(right, null, env);
            KeyValue joined = left.text().concat(text.text(), evaluator.symbols.lazily(where, env));
            return new Value.Single(joined, Value.Kind.STRING, joined.knownText().orElse(null));
        }
        return evaluator.unknown(where, env);
    }

    private Value setElement(Value.Elements elements, ArrayAccessExpr access, KeyValue value, Env env) {
        Value index = evaluator.eval(access.getIndex(), env);
        if (index instanceof Value.Single i && i.constant() instanceof Long position && position >= 0
                && position < 1024) {
            List<KeyValue> items = new java.util.ArrayList<>(elements.elements());
            while (items.size() <= position) {
                items.add(null);
            }
            items.set(position.intValue(), value);
            return new Value.Elements(items.stream().filter(java.util.Objects::nonNull).toList(),
                    elements.exhaustive() && items.stream().allMatch(java.util.Objects::nonNull));
        }
        return Value.Elements.UNKNOWN;
    }

    /** {@code Collections.addAll(keys, a, b)}. */
    private static boolean isAddAll(MethodCallExpr call, VariableDeclarator variable) {
        return call.getNameAsString().equals("addAll") && call.getArguments().size() >= 2
                && call.getScope().filter(scope -> scope.toString().equals("Collections")
                || scope.toString().equals("java.util.Collections")).isPresent()
                && Mutations.isVariable(call.getArgument(0), variable);
    }

    /** The elements {@code Collections.addAll(keys, ..)} adds: its other arguments, or the one array given. */
    private Value.Elements addedByAddAll(MethodCallExpr call, Env env) {
        if (call.getArguments().size() == 2 && evaluator.eval(call.getArgument(1), env) instanceof Value.Elements all) {
            return all;
        }
        List<KeyValue> added = new java.util.ArrayList<>();
        for (Expression element : call.getArguments().subList(1, call.getArguments().size())) {
            added.add(evaluator.values.keyOf(evaluator.eval(element, env), element, env));
        }
        return new Value.Elements(added, true);
    }

    /** {@code sb.append(a).append(b)}, {@code keys.add(k)}, {@code map.put(k, v)}: calls on the variable itself. */
    private Value chain(MethodCallExpr outer, Value state, VariableDeclarator variable, Env env) {
        java.util.ArrayDeque<MethodCallExpr> calls = new java.util.ArrayDeque<>();
        for (Expression e = outer; e instanceof MethodCallExpr call; e = call.getScope().orElse(null)) {
            calls.push(call);
        }
        Value current = state;
        for (MethodCallExpr call : calls) {
            String method = call.getNameAsString();
            if (current instanceof Value.Single single && single.constant() instanceof Builders.Builder) {
                Value next = evaluator.builders.builderMethod(single, call, env);
                if (next == null) {
                    return Mutations.READERS.contains(method) ? state : unknownLocal(variable, env);
                }
                if (method.equals("toString")) {
                    return current;
                }
                current = next;
            } else if (current instanceof Value.Single single && Scripts.isScript(single)) {
                Value next = evaluator.scripts.setter(single, call, env);
                if (next == null) {
                    return Mutations.READERS.contains(method) ? state : unknownLocal(variable, env);
                }
                current = next;
            } else if (current instanceof Value.Elements elements) {
                if (COLLECTION_ADDERS.contains(method) && !call.getArguments().isEmpty()) {
                    boolean atIndex = method.equals("add") && call.getArguments().size() == 2;
                    Expression added = call.getArguments().get(method.startsWith("put") || !atIndex ? 0 : 1);
                    KeyValue key = evaluator.values.keyOf(evaluator.eval(added, env), added, env);
                    if (atIndex || FRONT_ADDERS.contains(method)) {
                        java.util.OptionalInt index = atIndex ? evaluator.intConstant(call.getArgument(0))
                                : java.util.OptionalInt.of(0);
                        current = index.isPresent() ? elements.insert(index.getAsInt(), key) : Value.Elements.UNKNOWN;
                    } else {
                        current = elements.plus(key);
                    }
                } else if (COLLECTION_BULK.contains(method) && call.getArguments().size() == 1) {
                    current = elements.plusAll(evaluator.values.elementsOf(evaluator.eval(call.getArguments().get(0), env)));
                } else if (method.equals("clear")) {
                    current = new Value.Elements(List.of(), true);
                } else if (Mutations.READERS.contains(method)) {
                    return current;
                } else {
                    return Value.Elements.UNKNOWN;
                }
            } else {
                return Mutations.READERS.contains(method) ? state : spoiled(state, variable, env);
            }
        }
        return current;
    }

    /** After a use the analysis does not follow, a mutable value is unknown; an immutable one is unchanged. */
    private Value spoiled(Value state, VariableDeclarator variable, Env env) {
        if (state instanceof Value.Elements) {
            return Value.Elements.UNKNOWN;
        }
        return unknownLocal(variable, env);
    }

    private static Expression rootOf(MethodCallExpr call) {
        Expression e = call;
        while (e instanceof MethodCallExpr c && c.getScope().isPresent()) {
            e = c.getScope().get();
        }
        return e;
    }

    private static boolean isLoop(Statement statement) {
        return statement instanceof ForStmt || statement instanceof ForEachStmt || statement instanceof WhileStmt
                || statement instanceof DoStmt;
    }

    private static Statement loopBody(Statement loop) {
        if (loop instanceof ForStmt f) {
            return f.getBody();
        }
        if (loop instanceof ForEachStmt f) {
            return f.getBody();
        }
        if (loop instanceof WhileStmt w) {
            return w.getBody();
        }
        return ((DoStmt) loop).getBody();
    }
}

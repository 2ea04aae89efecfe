package dev.slotlint.key;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.slotlint.source.Declaration;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a helper's body statement by statement, every local at once, so that a loop over a collection the caller
 * fixed ({@code for (String part : parts) list.add(part)}, a {@code StringBuilder} joined with a separator that
 * changes after the first round) is unrolled, one round per element. Only plain statements are run: declarations,
 * assignments, appends and adds, if/else, for-each over known elements, return. Anything else, or too much work,
 * and the helper is left to the evaluation by its return statements.
 */
final class Statements {

    /** How many elements a loop may have to be unrolled. */
    private static final int MAX_ELEMENTS = 16;
    /** How many statements one run may execute. */
    private static final int MAX_STEPS = 2_000;

    private static final Set<String> ADDERS = Set.of("add", "addLast", "offer", "push", "addFirst");

    private final KeyEvaluator evaluator;

    Statements(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Whether a method has a loop worth running statement by statement. */
    static boolean worthRunning(MethodDeclaration method) {
        return method.getBody().map(b -> !b.findAll(ForEachStmt.class).isEmpty()).orElse(false);
    }

    /** The method's return value with its parameters bound, or empty when it cannot be run this way. */
    Optional<Value> run(MethodDeclaration method, Env inside) {
        Run run = new Run(inside);
        try {
            Outcome outcome = run.block(method.getBody().orElseThrow().getStatements());
            return outcome.returned() == null ? Optional.empty() : Optional.of(outcome.returned());
        } catch (CannotRun e) {
            return Optional.empty();
        }
    }

    /** What running statements gave: the locals after them, and the value returned if they returned. */
    private record Outcome(Map<Node, Value> locals, Value returned) {
    }

    /** Thrown where a statement is not one this runner follows. */
    private static final class CannotRun extends RuntimeException {
        CannotRun() {
            super(null, null, false, false);
        }
    }

    private final class Run {

        private final Env base;
        private Map<Node, Value> locals = new IdentityHashMap<>();
        private int steps;

        Run(Env base) {
            this.base = base;
        }

        private Env env() {
            return base.bind(locals);
        }

        private Value eval(Expression expression) {
            return evaluator.eval(expression, env());
        }

        Outcome block(List<Statement> statements) {
            for (Statement statement : statements) {
                if (++steps > MAX_STEPS) {
                    throw new CannotRun();
                }
                Value returned = statement(statement);
                if (returned != null) {
                    return new Outcome(locals, returned);
                }
            }
            return new Outcome(locals, null);
        }

        /** Runs one statement; the value it returns, or null when it completes normally. */
        private Value statement(Statement statement) {
            if (statement instanceof BlockStmt block) {
                return block(block.getStatements()).returned();
            }
            if (statement instanceof ReturnStmt ret) {
                return ret.getExpression().map(this::eval).orElseThrow(CannotRun::new);
            }
            if (statement instanceof ExpressionStmt expression) {
                expression(expression.getExpression());
                return null;
            }
            if (statement instanceof IfStmt branch) {
                return branch(branch);
            }
            if (statement instanceof ForEachStmt loop) {
                loop(loop);
                return null;
            }
            throw new CannotRun();
        }

        private void expression(Expression expression) {
            if (expression instanceof VariableDeclarationExpr declaration) {
                for (VariableDeclarator variable : declaration.getVariables()) {
                    locals.put(variable, variable.getInitializer().map(this::eval)
                            .orElseGet(() -> evaluator.unknown(variable, env())));
                }
            } else if (expression instanceof AssignExpr assign) {
                Node target = local(assign.getTarget());
                Value value = eval(assign.getValue());
                switch (assign.getOperator()) {
                    case ASSIGN -> locals.put(target, value);
                    case PLUS -> locals.put(target, evaluator.plus(current(target), value, assign, env()));
                    default -> throw new CannotRun();
                }
            } else if (expression instanceof MethodCallExpr call) {
                chain(call);
            } else {
                throw new CannotRun();
            }
        }

        /** {@code sb.append(a).append(b)}, {@code list.add(x)}: calls on a local, which change it. */
        private void chain(MethodCallExpr outer) {
            java.util.ArrayDeque<MethodCallExpr> calls = new java.util.ArrayDeque<>();
            Expression root = outer;
            while (root instanceof MethodCallExpr call && call.getScope().isPresent()) {
                calls.push(call);
                root = call.getScope().get();
            }
            Node target = local(root);
            Value state = current(target);
            for (MethodCallExpr call : calls) {
                String method = call.getNameAsString();
                if (state instanceof Value.Single single && single.constant() instanceof Builders.Builder) {
                    Value next = evaluator.builders.builderMethod(single, call, env());
                    if (next == null || !method.equals("append")) {
                        throw new CannotRun();
                    }
                    state = next;
                } else if (state instanceof Value.Elements elements && call.getArguments().size() == 1
                        && ADDERS.contains(method)) {
                    Expression added = call.getArgument(0);
                    KeyValue key = evaluator.values.keyOf(eval(added), added, env());
                    state = method.equals("push") || method.equals("addFirst") ? elements.insert(0, key)
                            : elements.plus(key);
                } else if (state instanceof Value.Elements elements && call.getArguments().size() == 1
                        && method.equals("addAll")) {
                    state = elements.plusAll(evaluator.values.elementsOf(eval(call.getArgument(0))));
                } else {
                    throw new CannotRun();
                }
            }
            locals.put(target, state);
        }

        private Value branch(IfStmt branch) {
            Value condition = eval(branch.getCondition());
            if (condition instanceof Value.Single single && single.constant() instanceof Boolean chosen) {
                if (chosen) {
                    return statement(branch.getThenStmt());
                }
                return branch.getElseStmt().map(this::statement).orElse(null);
            }
            Map<Node, Value> before = new IdentityHashMap<>(locals);
            Value thenReturned = statement(branch.getThenStmt());
            Map<Node, Value> afterThen = locals;
            locals = new IdentityHashMap<>(before);
            Value elseReturned = branch.getElseStmt().map(this::statement).orElse(null);
            if (thenReturned != null || elseReturned != null) {
                throw new CannotRun();
            }
            Map<Node, Value> afterElse = locals;
            locals = new IdentityHashMap<>(before);
            for (Node variable : union(afterThen, afterElse)) {
                Value a = afterThen.get(variable);
                Value b = afterElse.get(variable);
                if (a == null || b == null) {
                    throw new CannotRun();
                }
                locals.put(variable, a.equals(b) ? a : evaluator.values.join(List.of(a, b), branch, env()));
            }
            return null;
        }

        private void loop(ForEachStmt loop) {
            Value iterable = eval(loop.getIterable());
            if (!(iterable instanceof Value.Elements elements) || !elements.exhaustive()
                    || elements.elements().size() > MAX_ELEMENTS || loop.getVariable().getVariables().size() != 1) {
                throw new CannotRun();
            }
            VariableDeclarator variable = loop.getVariable().getVariables().get(0);
            for (KeyValue element : elements.elements()) {
                locals.put(variable, new Value.Single(element, Value.Kind.STRING, element.knownText().orElse(null)));
                if (statement(loop.getBody()) != null) {
                    throw new CannotRun();
                }
            }
            locals.remove(variable);
        }

        private List<Node> union(Map<Node, Value> a, Map<Node, Value> b) {
            List<Node> all = new ArrayList<>(a.keySet());
            b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(all::add);
            return all;
        }

        /** The local a target names; anything else (a field, an array element) is not followed. */
        private Node local(Expression target) {
            if (target instanceof NameExpr name) {
                Optional<Declaration> declaration = Declaration.find(name.getNameAsString(), name);
                if (declaration.isPresent() && declaration.get() instanceof Declaration.Local local
                        && locals.containsKey(local.variable())) {
                    return local.variable();
                }
            }
            throw new CannotRun();
        }

        private Value current(Node local) {
            Value value = locals.get(local);
            if (value == null) {
                throw new CannotRun();
            }
            return value;
        }
    }
}

package dev.slotlint.key;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.slotlint.source.Declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A field that holds a value for the code to set and read later ({@code AtomicReference<String> scriptSha}): what its
 * {@code get()} gives is one of the values its class ever sets it to ({@code scriptSha.set(jedis.scriptLoad(..))}).
 */
final class Holders implements Model {

    private static final Set<String> TYPES = Set.of("AtomicReference", "java.util.concurrent.atomic.AtomicReference");
    private static final Set<String> READS = Set.of("get", "getPlain", "getOpaque", "getAcquire");
    /** Methods that store their last argument. */
    private static final Set<String> WRITES = Set.of("set", "lazySet", "setPlain", "setOpaque", "setRelease",
            "getAndSet", "compareAndSet", "weakCompareAndSet", "weakCompareAndSetPlain", "weakCompareAndSetVolatile");

    private final KeyEvaluator evaluator;

    Holders(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Value instanceCall(Value receiver, MethodCallExpr call, Env env) {
        if (!READS.contains(call.getNameAsString()) || !call.getArguments().isEmpty()) {
            return null;
        }
        Optional<Declaration.Field> field = call.getScope().flatMap(Holders::field)
                .filter(f -> f.variable().getType().isClassOrInterfaceType() && TYPES.contains(
                        f.variable().getType().asClassOrInterfaceType().getNameWithScope()));
        if (field.isEmpty()) {
            return null;
        }
        VariableDeclarator variable = field.get().variable();
        List<Expression> stored = new ArrayList<>();
        variable.getInitializer().filter(ObjectCreationExpr.class::isInstance).map(ObjectCreationExpr.class::cast)
                .filter(creation -> creation.getArguments().size() == 1 && !creation.getArgument(0).isNullLiteralExpr())
                .ifPresent(creation -> stored.add(creation.getArgument(0)));
        for (MethodCallExpr write : field.get().owner().findAll(MethodCallExpr.class, c -> WRITES.contains(
                c.getNameAsString()) && !c.getArguments().isEmpty() && c.getScope().flatMap(Holders::field)
                .filter(f -> f.variable() == variable).isPresent())) {
            stored.add(write.getArgument(write.getArguments().size() - 1));
        }
        stored.removeIf(Expression::isNullLiteralExpr);
        if (stored.isEmpty() || stored.size() > KeyValue.MAX_ALTERNATIVES) {
            return null;
        }
        Env fresh = new Env(Map.<Node, Value>of(), env.depth() + 1, null, Map.of());
        List<Value> values = new ArrayList<>();
        for (Expression value : stored) {
            values.add(evaluator.eval(value, fresh));
        }
        return values.size() == 1 ? values.get(0) : evaluator.values.join(values, call, env);
    }

    /** The field an expression names: {@code sha} or {@code this.sha}. */
    private static Optional<Declaration.Field> field(Expression expression) {
        if (expression instanceof NameExpr name) {
            return Declaration.find(name.getNameAsString(), name).filter(Declaration.Field.class::isInstance)
                    .map(Declaration.Field.class::cast);
        }
        if (expression instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr self
                && self.getTypeName().isEmpty()) {
            return access.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class)
                    .flatMap(owner -> ((com.github.javaparser.ast.body.TypeDeclaration<?>) owner)
                            .getFieldByName(access.getNameAsString()))
                    .flatMap(declaration -> declaration.getVariables().stream()
                            .filter(v -> v.getNameAsString().equals(access.getNameAsString())).findFirst()
                            .map(v -> new Declaration.Field(v, declaration,
                                    (com.github.javaparser.ast.body.TypeDeclaration<?>) declaration.getParentNode()
                                            .orElseThrow())));
        }
        return Optional.empty();
    }
}

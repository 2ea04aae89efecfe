package dev.slotlint.client;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.Value;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.ExpressionTypes;
import dev.slotlint.source.TypeNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project method that passes its parameters into the keys of a multi-key command ({@code RedisUtil.mset(String...
 * keysAndValues)} calling {@code JedisCluster.mset}), directly or through another wrapper: a derived command,
 * checked where it is called, with the caller's arguments.
 *
 * @param call    the call inside the method: of the client command, or of the next wrapper
 * @param inner   the client command call at the end of the chain
 * @param binding where the client call's keys are, for the last wrapper of a chain; null otherwise
 * @param next    the wrapper this one calls, or null when it calls the client itself
 * @param site    the command call at the wrapper's own forwarding line, judged only when nobody calls the wrapper
 * @param via     the methods the keys pass through, outermost first: {@code RedisUtil.mset → JedisCluster.mset}
 */
public record Wrapper(MethodDeclaration method, MethodCallExpr call, CommandCall inner, KeyArgument.Binding binding,
                      Wrapper next, CommandCall site, List<String> via) {

    /** A method that calls a client command with its parameters among the keys. */
    static Wrapper ofClientCall(MethodDeclaration method, MethodCallExpr call, CommandCall inner,
                                KeyArgument.Binding binding) {
        List<String> via = new ArrayList<>();
        via.add(displayName(method));
        via.addAll(inner.via());
        return new Wrapper(method, call, inner, binding, null, inner, List.copyOf(via));
    }

    /** A method that calls another wrapper with its parameters among the arguments. */
    static Wrapper ofWrapperCall(MethodDeclaration method, MethodCallExpr call, Wrapper next, CommandCall site,
                                 List<String> calledVia) {
        List<String> via = new ArrayList<>();
        via.add(displayName(method));
        via.addAll(calledVia);
        return new Wrapper(method, call, next.inner(), null, next, site, List.copyOf(via));
    }

    /** How deep wrappers of wrappers are followed. */
    public static final int MAX_DEPTH = 4;

    /** The method enclosing a call whose key arguments mention that method's parameters. */
    static Optional<MethodDeclaration> forwardingMethod(KeyArgument.Binding binding, MethodCallExpr call) {
        List<Expression> keyExpressions = binding.keys().stream().map(KeyArgument::expression).toList();
        return forwardingMethod(keyExpressions, call);
    }

    /** The method enclosing a call when some of the given argument expressions mention its parameters. */
    public static Optional<MethodDeclaration> forwardingMethod(List<Expression> arguments, MethodCallExpr call) {
        Optional<MethodDeclaration> method = call.findAncestor(MethodDeclaration.class);
        if (method.isEmpty()) {
            return Optional.empty();
        }
        for (Expression argument : arguments) {
            for (NameExpr name : argument.findAll(NameExpr.class)) {
                Optional<Declaration> declaration = Declaration.find(name.getNameAsString(), name);
                if (declaration.isPresent() && declaration.get() instanceof Declaration.Param param
                        && param.owner() == method.get()) {
                    return method;
                }
            }
        }
        return Optional.empty();
    }

    /** The fully qualified name of the type that declares the method. */
    public String owner() {
        return method.findAncestor(TypeDeclaration.class).map(t -> TypeNames.qualifiedName((TypeDeclaration<?>) t))
                .orElse("");
    }

    public String name() {
        return method.getNameAsString();
    }

    /** Whether a call with this many arguments can be a call of the method. */
    public boolean acceptsArity(int arguments) {
        int parameters = method.getParameters().size();
        boolean varargs = parameters > 0 && method.getParameter(parameters - 1).isVarArgs();
        return varargs ? arguments >= parameters - 1 : arguments == parameters;
    }

    /** {@code RedisUtil.mset}, {@code CartCleaner.Helper.forward}: the type without its package, and the method. */
    static String displayName(MethodDeclaration method) {
        String owner = method.findAncestor(TypeDeclaration.class)
                .map(t -> TypeNames.qualifiedName((TypeDeclaration<?>) t)).orElse("");
        return withoutPackage(owner) + "." + method.getNameAsString();
    }

    /** {@code shop.CartCleaner.Helper} without its package: {@code CartCleaner.Helper}. */
    static String withoutPackage(String qualifiedName) {
        String[] segments = qualifiedName.split("\\.");
        int first = 0;
        while (first < segments.length - 1 && !segments[first].isEmpty()
                && Character.isLowerCase(segments[first].charAt(0))) {
            first++;
        }
        return String.join(".", java.util.Arrays.copyOfRange(segments, first, segments.length));
    }

    public int depth() {
        return next == null ? 1 : 1 + next.depth();
    }

    /** The keys the client command gets when this method is called with these argument values. */
    public CallFinder.KeyList keysAt(List<Value> arguments, KeyEvaluator evaluator, ExpressionTypes types) {
        Map<Node, Value> bindings = evaluator.bindParameters(method.getParameters(), arguments);
        if (next == null) {
            return CallFinder.keys(binding, evaluator, bindings, types).orElseThrow();
        }
        List<Value> passed = new ArrayList<>();
        for (Expression argument : call.getArguments()) {
            passed.add(evaluator.value(argument, bindings));
        }
        return next.keysAt(passed, evaluator, types);
    }
}

package dev.slotlint.client;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.Location;
import dev.slotlint.source.TypeNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A project method that passes its parameters into the keys of a multi-key command ({@code RedisUtil.mset(String...
 * keysAndValues)} calling {@code JedisCluster.mset}), directly or through another wrapper: a derived command,
 * checked where it is called, with the caller's arguments. It names its method and call by where they are, not by
 * their trees, so that no tree stays in memory between the passes; {@link Wrappers} finds them again when needed.
 *
 * @param method     where the method's name is declared
 * @param call       where the name of the forwarding call inside the method is: of the client command, or of the
 *                   next wrapper
 * @param name       the method's name
 * @param owner      the fully qualified name of the type that declares the method
 * @param parameters how many parameters the method declares
 * @param varargs    whether its last parameter is varargs
 * @param inner      the client command call at the end of the chain
 * @param next       the wrapper this one calls, or null when it calls the client itself
 * @param site       the command call at the wrapper's own forwarding line, judged only when nobody calls the wrapper
 * @param via        the methods the keys pass through, outermost first: {@code RedisUtil.mset → JedisCluster.mset}
 */
public record Wrapper(Location method, Location call, String name, String owner, int parameters, boolean varargs,
                      CommandCall inner, Wrapper next, CommandCall site, List<String> via) {

    /** A method that calls a client command with its parameters among the keys. */
    static Wrapper ofClientCall(Path file, MethodDeclaration method, MethodCallExpr call, CommandCall inner) {
        List<String> via = new ArrayList<>();
        via.add(displayName(method));
        via.addAll(inner.via());
        return of(file, method, call, inner, null, inner, via);
    }

    /** A method that calls another wrapper with its parameters among the arguments. */
    static Wrapper ofWrapperCall(Path file, MethodDeclaration method, MethodCallExpr call, Wrapper next,
                                 CommandCall site, List<String> calledVia) {
        List<String> via = new ArrayList<>();
        via.add(displayName(method));
        via.addAll(calledVia);
        return of(file, method, call, next.inner(), next, site, via);
    }

    private static Wrapper of(Path file, MethodDeclaration method, MethodCallExpr call, CommandCall inner,
                              Wrapper next, CommandCall site, List<String> via) {
        int parameters = method.getParameters().size();
        boolean varargs = parameters > 0 && method.getParameter(parameters - 1).isVarArgs();
        String owner = method.findAncestor(TypeDeclaration.class)
                .map(t -> TypeNames.qualifiedName((TypeDeclaration<?>) t)).orElse("");
        return new Wrapper(at(file, method.getName()), at(file, call.getName()), method.getNameAsString(), owner,
                parameters, varargs, inner, next, site, List.copyOf(via));
    }

    /** Where a name begins. */
    static Location at(Path file, Node name) {
        var begin = name.getBegin().orElseThrow();
        return new Location(file, begin.line, begin.column);
    }

    /** Whether a declaration in {@code file} is this wrapper's method. */
    public boolean isDeclaredBy(Path file, MethodDeclaration declaration) {
        return method.equals(at(file, declaration.getName()));
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
            if (mentionsParameter(argument, method.get(), 0)) {
                return method;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an expression reads a parameter of the method, directly or through locals computed from one
     * ({@code ids = queues.stream().map(..).toList()}).
     */
    private static boolean mentionsParameter(Node expression, MethodDeclaration method, int depth) {
        for (NameExpr name : expression.findAll(NameExpr.class)) {
            Optional<Declaration> declaration = Declaration.find(name.getNameAsString(), name);
            if (declaration.isEmpty()) {
                continue;
            }
            if (declaration.get() instanceof Declaration.Param param && param.owner() == method
                    && (depth == 0 || carriesKeys(param.parameter().getType().asString()))) {
                return true;
            }
            if (depth < 3 && declaration.get() instanceof Declaration.Local local) {
                VariableDeclarator variable = local.variable();
                if (variable.getInitializer().filter(init -> mentionsParameter(init, method, depth + 1)).isPresent()
                        || method.findAll(AssignExpr.class, a -> a.getTarget() instanceof NameExpr target
                        && target.getNameAsString().equals(variable.getNameAsString())
                        && mentionsParameter(a.getValue(), method, depth + 1)).size() > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Text, bytes, or collections and arrays of them: a parameter whose values can be keys as they are. */
    private static boolean carriesKeys(String type) {
        return KEY_CARRYING_TYPE.matcher(type).matches();
    }

    private static final java.util.regex.Pattern KEY_CARRYING_TYPE = java.util.regex.Pattern.compile(
            "(String|CharSequence|byte\\[\\])(\\[\\])*|\\w*(List|Set|Collection|Iterable|Map)"
                    + "<(String|byte\\[\\]|CharSequence)\\b.*");

    /** Whether a call with this many arguments can be a call of the method. */
    public boolean acceptsArity(int arguments) {
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
}

package dev.slotlint.key;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.printer.DefaultPrettyPrinterVisitor;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.JavaSources;
import dev.slotlint.source.TypeNames;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Identities for what the analysis cannot know, so that the same unknown met twice is recognised as the same. */
final class Symbols {

    /**
     * Expressions of more nodes than this are known by their place in the file rather than by their text: printing
     * every level of a deeply nested expression (a 20,000-link append chain) would cost the square of its size. The
     * same long text written twice is then two values, which is rare and only ever costs precision.
     */
    static final int PRINTED_NODES = 200;

    /** The symbol of each expression met, since printing an expression is not cheap. */
    private final Map<Node, Symbol> symbols = new IdentityHashMap<>();
    /** {@link #ownerKey} of the nodes walked so far, so that deep trees are walked up once. */
    private final Map<Node, String> owners = new IdentityHashMap<>();

    /**
     * {@link #symbolFor}, asked for only on first use: a value rarely needs the symbol it would fall back to, and
     * naming an expression prints it.
     */
    Supplier<Symbol> lazily(Node expression, Env env) {
        Symbol[] once = new Symbol[1];
        return () -> once[0] != null ? once[0] : (once[0] = symbolFor(expression, env));
    }

    /** The symbol standing for an expression's value: the same text in the same method is the same value. */
    Symbol symbolFor(Node expression, Env env) {
        if (expression == null) {
            return Symbol.of("unknown", "?");
        }
        Symbol symbol = symbols.computeIfAbsent(expression, e -> {
            if (e instanceof NameExpr name) {
                return Symbol.of("expr:" + owner(e) + ":" + name.getNameAsString(), name.getNameAsString());
            }
            if (isLong(e)) {
                String place = e.getRange().map(r -> r.begin.line + ":" + r.begin.column + "-" + r.end.line + ":"
                        + r.end.column).orElse("?");
                return Symbol.of("expr:" + owner(e) + ":@" + place + ":" + e.getClass().getSimpleName(), head(e));
            }
            String text = e.toString();
            String label = text.length() > 40 ? text.substring(0, 37) + "..." : text;
            return Symbol.of("expr:" + owner(e) + ":" + text, label);
        });
        if (env != null && !env.parameters().isEmpty()) {
            symbol = inContext(symbol, expression, env);
        }
        if (env != null && env.varyingScope() != null && isWithin(expression, env.varyingScope())
                && mentionsVarying(expression, env)) {
            return symbol.varyingPerElement();
        }
        return symbol;
    }

    /**
     * Inside a helper evaluated with bound parameters, an unknown expression over those parameters stands for a value
     * of that call, not of the helper's text: {@code id.trim()} means one value for {@code meta(a)} and another for
     * {@code meta(b)}, and the same one in {@code meta(a)} and {@code coupons(a)}. Its identity is the expression
     * with each bound name replaced by the identity of its value, and the helper's name only when the expression
     * also reads names of the helper that are not bound.
     */
    private static Symbol inContext(Symbol symbol, Node expression, Env env) {
        boolean mentionsBound = false;
        boolean mentionsOwn = false;
        for (NameExpr name : expression.findAll(NameExpr.class)) {
            Node declared = Declaration.find(name.getNameAsString(), name).map(Symbols::declarationNode).orElse(null);
            if (declared != null && env.parameters().containsKey(declared)) {
                mentionsBound = true;
            } else if (declared != null) {
                mentionsOwn = true;
            }
        }
        if (!mentionsBound) {
            return symbol;
        }
        BoundPrinter identity = new BoundPrinter(env, true);
        expression.accept(identity, null);
        BoundPrinter label = new BoundPrinter(env, false);
        expression.accept(label, null);
        String id = "expr:" + (mentionsOwn ? ownerKey(expression) : "") + ":" + identity;
        String shown = label.toString().replaceAll("\\s+", " ");
        return new Symbol(id, shown.length() > 40 ? shown.substring(0, 37) + "..." : shown, symbol.plain(),
                symbol.perElement());
    }

    /**
     * Prints an expression with each bound name replaced by its value: by the value's identity, or by how the value
     * reads ({@code from.trim()} for {@code id.trim()} called with {@code from}).
     */
    private static final class BoundPrinter extends DefaultPrettyPrinterVisitor {

        private final Env env;
        private final boolean identities;

        BoundPrinter(Env env, boolean identities) {
            super(new DefaultPrinterConfiguration());
            this.env = env;
            this.identities = identities;
        }

        @Override
        public void visit(NameExpr name, Void arg) {
            Node declared = Declaration.find(name.getNameAsString(), name).map(Symbols::declarationNode).orElse(null);
            Value bound = declared == null ? null : env.parameters().get(declared);
            if (bound == null) {
                super.visit(name, arg);
            } else if (identities) {
                printer.print("(" + bound.identity() + ")");
            } else {
                printer.print(reads(bound));
            }
        }

        private static String reads(Value value) {
            if (value instanceof Value.Single single && single.text().isOpaque()) {
                return ((Part.Unknown) single.text().alternatives().get(0).get(0)).symbol().label();
            }
            return value instanceof Value.Single single ? single.text().render() : "…";
        }
    }

    /**
     * Whether an expression is too long to print for its identity: more than {@link #PRINTED_NODES} nodes (counted
     * no further), or written over a long line or many lines (a long literal is one node).
     */
    private static boolean isLong(Node expression) {
        if (expression.getRange().isPresent()) {
            Range range = expression.getRange().get();
            if (range.end.line - range.begin.line > 40
                    || range.begin.line == range.end.line && range.end.column - range.begin.column > 400) {
                return true;
            }
        }
        return expression.stream().limit(PRINTED_NODES + 1L).count() > PRINTED_NODES;
    }

    /**
     * How a long expression is labelled: its first, short operand and its operator, which stay the same when the
     * code around it moves ({@code i == 0 ? …}, {@code ….append(…)}).
     */
    private static String head(Node expression) {
        String head;
        if (expression instanceof ConditionalExpr conditional) {
            head = (isLong(conditional.getCondition()) ? "…" : conditional.getCondition().toString()) + " ? …";
        } else if (expression instanceof BinaryExpr binary) {
            head = (isLong(binary.getLeft()) ? "…" : binary.getLeft().toString()) + " "
                    + binary.getOperator().asString() + " …";
        } else if (expression instanceof MethodCallExpr call) {
            head = "…." + call.getNameAsString() + "(…)";
        } else {
            head = "…";
        }
        return head.length() > 40 ? head.substring(0, 37) + "..." : head;
    }

    /** {@link #ownerKey}, remembered for every node on the way up. */
    private String owner(Node node) {
        java.util.ArrayDeque<Node> path = new java.util.ArrayDeque<>();
        String key = null;
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            key = owners.get(n);
            if (key != null) {
                break;
            }
            path.push(n);
            if (n instanceof TypeDeclaration<?>) {
                break;
            }
        }
        while (!path.isEmpty()) {
            Node n = path.pop();
            if (n instanceof TypeDeclaration<?> type) {
                key = TypeNames.qualifiedName(type);
            } else if (n instanceof CallableDeclaration<?> callable) {
                key = (key == null ? "" : key) + "#" + callable.getNameAsString() + "/"
                        + callable.getParameters().size() + "@" + line(callable);
            } else if (n instanceof CompilationUnit) {
                key = JavaSources.pathOf(n).map(Path::toString).orElse("?");
            } else if (key == null) {
                key = "";
            }
            owners.put(n, key);
        }
        return key == null ? "" : key;
    }

    /** A symbol whose value changes per element when its declaration lies in the loop or lambda being unrolled. */
    static Symbol varying(Symbol symbol, Node declaration, Env env) {
        if (env.varyingScope() != null && isWithin(declaration, env.varyingScope())) {
            return symbol.varyingPerElement();
        }
        return symbol;
    }

    private static boolean mentionsVarying(Node expression, Env env) {
        return !expression.findAll(NameExpr.class, n -> Declaration.find(n.getNameAsString(), n)
                .map(d -> isWithin(declarationNode(d), env.varyingScope())).orElse(false)).isEmpty();
    }

    private static Node declarationNode(Declaration declaration) {
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

    static boolean isWithin(Node node, Node scope) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n == scope) {
                return true;
            }
        }
        return false;
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
}

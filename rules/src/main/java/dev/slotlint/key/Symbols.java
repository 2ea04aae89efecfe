package dev.slotlint.key;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.NameExpr;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.JavaSources;
import dev.slotlint.source.TypeNames;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/** Identities for what the analysis cannot know, so that the same unknown met twice is recognised as the same. */
final class Symbols {

    /** The symbol of each expression met, since printing an expression is not cheap. */
    private final Map<Node, Symbol> symbols = new IdentityHashMap<>();

    /** The symbol standing for an expression's value: the same text in the same method is the same value. */
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

package dev.slotlint.key;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.slotlint.source.Declaration;

import java.util.Set;

/**
 * Which code may change a local variable's value behind the statements {@link LocalFlow} follows: an assignment, an
 * increment, a call of anything but a reader on it, a method it is handed to. Values of immutable types survive
 * every call.
 */
final class Mutations {

    /** Methods that read a value and never change it. */
    static final Set<String> READERS = Set.of("toString", "size", "get", "isEmpty", "contains",
            "containsKey", "length", "stream", "toArray", "iterator", "keySet", "values", "entrySet", "charAt",
            "indexOf", "equals", "hashCode", "getFirst", "getLast", "subList", "getBytes", "forEach",
            "containsAll", "lastIndexOf", "startsWith", "endsWith", "toList", "substring", "trim", "strip",
            "toLowerCase", "toUpperCase", "format", "formatted", "concat", "split", "isBlank", "matches", "replace",
            "intern", "compareTo", "chars");

    private Mutations() {
    }

    static boolean isVariable(Expression expression, VariableDeclarator variable) {
        return expression instanceof NameExpr name && name.getNameAsString().equals(variable.getNameAsString())
                && Declaration.find(name.getNameAsString(), name)
                .map(d -> d instanceof Declaration.Local l && l.variable() == variable).orElse(false);
    }

    static boolean mentions(Node node, VariableDeclarator variable) {
        return node.findFirst(NameExpr.class, n -> isVariable(n, variable)).isPresent();
    }

    /**
     * Whether a node may change the variable: assigns it, increments it, calls anything but a reader on it, or
     * hands it to a method of this class (which could fill it).
     */
    static boolean mutates(Node node, VariableDeclarator variable) {
        boolean immutable = isImmutable(variable.getType());
        return node.findFirst(NameExpr.class, name -> isVariable(name, variable) && changes(name, immutable))
                .isPresent();
    }

    /** Types whose values no call can change: handing one to a method, or calling one of its methods, keeps it. */
    private static boolean isImmutable(com.github.javaparser.ast.type.Type type) {
        return type.isPrimitiveType() || type instanceof com.github.javaparser.ast.type.ClassOrInterfaceType c
                && IMMUTABLE.contains(c.getNameAsString());
    }

    private static final Set<String> IMMUTABLE = Set.of("String", "Integer", "Long", "Short", "Byte", "Character",
            "Boolean", "Double", "Float", "UUID");

    private static boolean changes(NameExpr name, boolean immutable) {
        Node parent = name.getParentNode().orElse(null);
        if (parent instanceof AssignExpr assign) {
            return assign.getTarget() == name;
        }
        if (parent instanceof UnaryExpr unary) {
            return unary.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
                    && unary.getOperator() != UnaryExpr.Operator.MINUS && unary.getOperator() != UnaryExpr.Operator.PLUS
                    && unary.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT;
        }
        if (parent instanceof ArrayAccessExpr access && access.getName() == name) {
            return access.getParentNode().orElse(null) instanceof AssignExpr assign && assign.getTarget() == access;
        }
        if (parent instanceof MethodCallExpr call) {
            if (immutable) {
                return false;
            }
            if (call.getScope().orElse(null) == name) {
                return !READERS.contains(call.getNameAsString());
            }
            return call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr
                    || handedToAType(call);
        }
        return false;
    }

    /**
     * A static call of a type, given the variable: {@code Collections.addAll(keys, ..)}, {@code Keys.fill(keys)}
     * may fill it; the JDK's readers ({@code String.join}, {@code List.copyOf}) do not.
     */
    private static boolean handedToAType(MethodCallExpr call) {
        Expression scope = call.getScope().orElse(null);
        if (!(scope instanceof NameExpr type) || !Character.isUpperCase(type.getNameAsString().charAt(0))
                || Declaration.find(type.getNameAsString(), type).isPresent()) {
            return false;
        }
        return !STATIC_READERS.contains(type.getNameAsString() + "." + call.getNameAsString())
                && !type.getNameAsString().equals("String");
    }

    /** Static methods of the JDK and Guava that read a collection given to them and never change it. */
    private static final Set<String> STATIC_READERS = Set.of("List.copyOf", "Set.copyOf", "Arrays.asList",
            "Arrays.toString", "Collections.unmodifiableList", "Collections.unmodifiableSet",
            "Collections.unmodifiableCollection", "Collections.unmodifiableMap", "Objects.requireNonNull",
            "Objects.toString", "Objects.isNull", "Objects.nonNull", "Objects.equals", "Objects.hash",
            "CollectionUtils.isEmpty", "CollectionUtils.isNotEmpty", "Lists.newArrayList", "Sets.newHashSet",
            "ImmutableList.copyOf", "ImmutableSet.copyOf", "Stream.of", "Optional.ofNullable", "Optional.of");
}

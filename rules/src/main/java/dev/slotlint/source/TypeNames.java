package dev.slotlint.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.util.Set;

/**
 * Resolves type names as written in one compilation unit to fully qualified names, the way javac does for the
 * names slotlint cares about: enclosing and nested types, single-type imports, the file's package, on-demand
 * imports, java.lang.
 */
public final class TypeNames {

    /** What the resolver may ask about types it does not see in the file. */
    public interface Known {
        /** Whether a fully qualified name (nested types joined by dots) denotes a type slotlint knows. */
        boolean isType(String qualifiedName);
    }

    private static final Set<String> JAVA_LANG = Set.of(
            "String", "Object", "Integer", "Long", "Short", "Byte", "Character", "Boolean", "Double", "Float",
            "StringBuilder", "StringBuffer", "Math", "System", "Enum", "Iterable", "CharSequence", "Number",
            "Record", "Thread", "Runnable", "Exception", "RuntimeException");

    private final ImportContext imports;
    private final Known known;

    public TypeNames(ImportContext imports, Known known) {
        this.imports = imports;
        this.known = known;
    }

    public ImportContext imports() {
        return imports;
    }

    /** The fully qualified name of a type as written at {@code context}, or the name as written if unknown. */
    public String resolve(Type type, Node context) {
        if (type instanceof ClassOrInterfaceType classType) {
            return resolve(classType.getNameWithScope(), context);
        }
        return type.asString();
    }

    /** The fully qualified name of a (possibly qualified) type name written at {@code context}. */
    public String resolve(String name, Node context) {
        String resolved = resolveOrNull(name, context);
        return resolved != null ? resolved : name;
    }

    /** Like {@link #resolve(String, Node)}, but null when the first segment names no type slotlint can see. */
    public String resolveOrNull(String name, Node context) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        String outer = resolveSimple(first, context);
        if (outer != null) {
            return outer + rest;
        }
        return dot > 0 && known.isType(name) ? name : null;
    }

    private String resolveSimple(String simple, Node context) {
        for (Node node = context; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof TypeDeclaration<?> type) {
                String qualified = qualifiedName(type);
                if (type.getNameAsString().equals(simple)) {
                    return qualified;
                }
                for (var member : type.getMembers()) {
                    if (member instanceof TypeDeclaration<?> nested && nested.getNameAsString().equals(simple)) {
                        return qualified + "." + simple;
                    }
                }
                if (known.isType(qualified + "." + simple)) {
                    return qualified + "." + simple;
                }
            }
        }
        String imported = imports.singleTypes().get(simple);
        if (imported != null) {
            return imported;
        }
        String samePackage = imports.packageName().isEmpty() ? simple : imports.packageName() + "." + simple;
        if (known.isType(samePackage)) {
            return samePackage;
        }
        for (String onDemand : imports.onDemand()) {
            String candidate = onDemand + "." + simple;
            if (known.isType(candidate)) {
                return candidate;
            }
        }
        if (JAVA_LANG.contains(simple)) {
            return "java.lang." + simple;
        }
        return null;
    }

    /** The dotted fully qualified name of a declared type, nested (and local) types joined by dots. */
    public static String qualifiedName(TypeDeclaration<?> type) {
        return type.getFullyQualifiedName().orElseGet(() -> {
            StringBuilder name = new StringBuilder(type.getNameAsString());
            for (Node node = type.getParentNode().orElse(null); node != null;
                 node = node.getParentNode().orElse(null)) {
                if (node instanceof TypeDeclaration<?> outer) {
                    return qualifiedName(outer) + "." + name;
                }
                if (node instanceof ObjectCreationExpr) {
                    name.insert(0, "$anonymous.");
                }
            }
            return name.toString();
        });
    }
}

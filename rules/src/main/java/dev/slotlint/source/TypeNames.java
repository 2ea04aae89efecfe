package dev.slotlint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Resolves type names as written in one compilation unit to fully qualified names, the way javac does for the
 * names slotlint cares about: nested types, single-type imports, the file's package, on-demand imports, java.lang.
 */
public final class TypeNames {

    private final String packageName;
    private final Map<String, String> singleImports = new HashMap<>();
    private final List<String> onDemandImports = new ArrayList<>();
    private final Predicate<String> knownType;

    /**
     * @param knownType whether a fully qualified name denotes a type slotlint knows (catalogued or in the project);
     *                  needed to choose among on-demand imports and the current package
     */
    public TypeNames(CompilationUnit unit, Predicate<String> knownType) {
        this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        this.knownType = knownType;
        for (ImportDeclaration imported : unit.getImports()) {
            if (imported.isStatic()) {
                continue;
            }
            String name = imported.getNameAsString();
            if (imported.isAsterisk()) {
                onDemandImports.add(name);
            } else {
                singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
    }

    public String packageName() {
        return packageName;
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
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        String outer = resolveSimple(first, context);
        if (outer != null) {
            return outer + rest;
        }
        return name;
    }

    private String resolveSimple(String simple, Node context) {
        for (Node node = context; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof TypeDeclaration<?> type) {
                if (type.getNameAsString().equals(simple)) {
                    return qualifiedName(type);
                }
                for (var member : type.getMembers()) {
                    if (member instanceof TypeDeclaration<?> nested && nested.getNameAsString().equals(simple)) {
                        return qualifiedName(nested);
                    }
                }
            }
        }
        String imported = singleImports.get(simple);
        if (imported != null) {
            return imported;
        }
        String samePackage = packageName.isEmpty() ? simple : packageName + "." + simple;
        if (knownType.test(samePackage)) {
            return samePackage;
        }
        for (String onDemand : onDemandImports) {
            String candidate = onDemand + "." + simple;
            if (knownType.test(candidate)) {
                return candidate;
            }
        }
        if (Character.isUpperCase(simple.isEmpty() ? 'x' : simple.charAt(0)) && JAVA_LANG.contains(simple)) {
            return "java.lang." + simple;
        }
        return null;
    }

    /** The dotted fully qualified name of a declared type, nested types joined by dots. */
    public static String qualifiedName(TypeDeclaration<?> type) {
        return type.getFullyQualifiedName().orElse(type.getNameAsString());
    }

    private static final java.util.Set<String> JAVA_LANG = java.util.Set.of(
            "String", "Object", "Integer", "Long", "Short", "Byte", "Character", "Boolean", "Double", "Float",
            "StringBuilder", "StringBuffer", "Math", "System", "Enum", "Iterable", "CharSequence", "Number");
}

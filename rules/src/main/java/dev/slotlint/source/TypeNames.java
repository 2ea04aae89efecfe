package dev.slotlint.source;

import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * The simple names resolved so far, by the innermost type they were written in (null: outside every type): the
     * same few names are resolved at every call of a file, and each resolution asks several candidates.
     */
    private final Map<TypeDeclaration<?>, Map<String, Resolution>> resolved = new IdentityHashMap<>();

    /** A simple name's resolution, and the names asked of {@link Known} on the way (recorded again when reused). */
    private record Resolution(String qualifiedName, List<String> asked) {
    }

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
        TypeDeclaration<?> innermost = innermostType(context);
        Map<String, Resolution> inType = resolved.computeIfAbsent(innermost, type -> new HashMap<>());
        Resolution resolution = inType.get(simple);
        if (resolution == null) {
            List<String> asked = new ArrayList<>(2);
            String qualifiedName = resolveSimple(simple, innermost, name -> {
                asked.add(name);
                return known.isType(name);
            });
            resolution = new Resolution(qualifiedName, List.copyOf(asked));
            inType.put(simple, resolution);
        } else {
            resolution.asked().forEach(Lookups::typeName);
        }
        return resolution.qualifiedName();
    }

    private static TypeDeclaration<?> innermostType(Node context) {
        for (Node node = context; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof TypeDeclaration<?> type) {
                return type;
            }
        }
        return null;
    }

    private String resolveSimple(String simple, TypeDeclaration<?> innermost, Known known) {
        for (Node node = innermost; node != null; node = node.getParentNode().orElse(null)) {
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

    /** A type's qualified name, kept on it as its file is parsed: each resolution asks it of every enclosing type. */
    private static final DataKey<String> QUALIFIED_NAME = new DataKey<>() {
    };

    /** Keeps their qualified names on the types of a tree not yet shared between threads. */
    static void keepQualifiedNames(List<TypeDeclaration<?>> types) {
        for (TypeDeclaration<?> type : types) {
            type.setData(QUALIFIED_NAME, qualifiedName(type));
        }
    }

    /** The dotted fully qualified name of a declared type, nested (and local) types joined by dots. */
    public static String qualifiedName(TypeDeclaration<?> type) {
        return type.containsData(QUALIFIED_NAME) ? type.getData(QUALIFIED_NAME) : computedQualifiedName(type);
    }

    private static String computedQualifiedName(TypeDeclaration<?> type) {
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

package dev.slotlint.source;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;

import java.util.Optional;
import java.util.Set;

/**
 * Accessors a type has without declaring them: the getters Lombok generates ({@code @Getter}, {@code @Data},
 * {@code @Value} on the class or {@code @Getter} on the field) and a record's component accessors.
 */
public final class Accessors {

    private static final Set<String> CLASS_GETTERS = Set.of("Getter", "lombok.Getter", "Data", "lombok.Data",
            "Value", "lombok.Value");
    private static final Set<String> FIELD_GETTERS = Set.of("Getter", "lombok.Getter");

    private Accessors() {
    }

    /** What a generated accessor returns: a field's or component's declared type and, for a field, the field. */
    public record Accessor(Type type, FieldDeclaration field, VariableDeclarator variable) {
    }

    /** The generated accessor {@code method} (with no arguments) of a type, when it has one and declares none. */
    public static Optional<Accessor> of(TypeDeclaration<?> owner, String method) {
        if (!owner.getMethodsByName(method).isEmpty()) {
            return Optional.empty();
        }
        if (owner instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                if (component.getNameAsString().equals(method)) {
                    return Optional.of(new Accessor(component.getType(), null, null));
                }
            }
        }
        String property = property(method);
        if (property == null) {
            return Optional.empty();
        }
        boolean classLevel = annotated(owner, CLASS_GETTERS);
        for (FieldDeclaration field : owner.getFields()) {
            if (field.isStatic() || !(classLevel || annotated(field, FIELD_GETTERS))) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                String name = variable.getNameAsString();
                boolean isBoolean = variable.getType().asString().equals("boolean");
                if (method.equals((isBoolean ? "is" : "get") + capitalised(name))) {
                    return Optional.of(new Accessor(variable.getType(), field, variable));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code getName} and {@code isActive} name a property; other names do not. */
    private static String property(String method) {
        if (method.startsWith("get") && method.length() > 3 && Character.isUpperCase(method.charAt(3))) {
            return method.substring(3);
        }
        if (method.startsWith("is") && method.length() > 2 && Character.isUpperCase(method.charAt(2))) {
            return method.substring(2);
        }
        return null;
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean annotated(NodeWithAnnotations<?> node, Set<String> names) {
        return node.getAnnotations().stream().anyMatch(a -> names.contains(a.getNameAsString()));
    }
}

package dev.slotlint.key;

import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.slotlint.source.TypeNames;

/** Enum constants as values: their {@code name()}, and {@code toString()} unless the enum overrides it. */
final class Enums implements Model {

    /** An enum constant as a value. */
    record EnumRef(String enumType, String name) {
    }

    private final KeyEvaluator evaluator;

    Enums(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    static Value constant(EnumDeclaration owner, EnumConstantDeclaration constant) {
        String name = constant.getNameAsString();
        return new Value.Single(KeyValue.text(name), Value.Kind.OTHER,
                new EnumRef(TypeNames.qualifiedName(owner), name));
    }

    @Override
    public Value instanceCall(Value receiver, MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        if (receiver instanceof Value.Single single && single.constant() instanceof EnumRef ref
                && call.getArguments().isEmpty()
                && (method.equals("name") || method.equals("toString") && !overridesToString(ref))) {
            return Value.Single.ofString(ref.name());
        }
        return null;
    }

    boolean overridesToString(EnumRef ref) {
        return evaluator.resolver.projectType(ref.enumType())
                .map(type -> type.getMethodsByName("toString").stream().anyMatch(m -> m.getParameters().isEmpty()))
                .orElse(false);
    }
}

package dev.slotlint.key;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.ImportContext;
import dev.slotlint.source.JavaSources;
import dev.slotlint.source.Location;
import dev.slotlint.source.TypeNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What names and field accesses hold: parameters (bound, or unknown with their identity), locals as they stand where
 * they are used, loop variables, fields and constants of any project type (inherited and statically imported too),
 * enum constants. Constants are evaluated once per run; a cycle is reported and becomes unknown.
 */
final class Variables {

    private final KeyEvaluator evaluator;
    private final Map<String, Value> constants;
    /** Constants being evaluated, outermost first, with where each is declared. */
    private final Map<String, Location> constantsInProgress = new LinkedHashMap<>();
    private final Set<String> inCycle = new HashSet<>();

    /** @param constants memo of constant values by {@code Owner#NAME}; may be shared between evaluators */
    Variables(KeyEvaluator evaluator, Map<String, Value> constants) {
        this.evaluator = evaluator;
        this.constants = constants;
    }

    Value name(NameExpr name, Env env) {
        String identifier = name.getNameAsString();
        Optional<Declaration> declaration = Declaration.find(identifier, name);
        if (declaration.isPresent()) {
            return declared(declaration.get(), name, env);
        }
        return inheritedOrImported(identifier, name, env)
                .orElseGet(() -> evaluator.unknown(name, env));
    }

    private Value declared(Declaration declaration, NameExpr use, Env env) {
        if (declaration instanceof Declaration.Param param) {
            Value bound = env.bindings().get(param.parameter());
            boolean collection = param.parameter().isVarArgs() || Values.isCollectionType(param.parameter().getType());
            if (bound != null) {
                // a collection the caller's code does not show is a collection nonetheless
                return collection && bound instanceof Value.Single single && single.text().isOpaque()
                        && single.constant() == null ? Value.Elements.UNKNOWN : bound;
            }
            if (collection) {
                return Value.Elements.UNKNOWN;
            }
            Optional<Value> injected = evaluator.config.injected(param.parameter(), param.parameter(), env);
            if (injected.isPresent()) {
                return injected.get();
            }
            return Value.Single.unknown(Symbols.varying(Symbol.of("param:" + Symbols.ownerKey(param.owner()) + "#"
                    + param.parameter().getNameAsString(), param.parameter().getNameAsString()),
                    param.parameter(), env), Values.kindOf(param.parameter().getType(), param.parameter().isVarArgs()));
        }
        if (declaration instanceof Declaration.Local local) {
            return evaluator.locals.valueAt(local, use, env);
        }
        if (declaration instanceof Declaration.LoopVariable loop) {
            Value bound = env.bindings().get(loop.variable());
            if (bound != null) {
                return bound;
            }
            if (Values.isCollectionType(loop.variable().getType())) {
                return Value.Elements.UNKNOWN;
            }
            String label = loop.variable().getNameAsString();
            return Value.Single.unknown(Symbols.varying(Symbol.of("loop:" + Symbols.ownerKey(loop.loop()) + "#"
                    + label + "@" + Symbols.line(loop.loop()), label), loop.loop(), env),
                    Values.kindOf(loop.variable().getType(), false));
        }
        if (declaration instanceof Declaration.Field field) {
            return field(field.owner(), field.field(), field.variable(), env);
        }
        if (declaration instanceof Declaration.EnumConstant constant) {
            return Enums.constant(constant.owner(), constant.constant());
        }
        if (declaration instanceof Declaration.Component component) {
            String owner = TypeNames.qualifiedName(component.owner());
            String label = component.parameter().getNameAsString();
            return Value.Single.unknown(Symbol.of("field:" + owner + "." + label, label),
                    Values.kindOf(component.parameter().getType(), false));
        }
        return evaluator.unknown(use, env);
    }

    /** Fields inherited from project supertypes, and statically imported members. */
    private Optional<Value> inheritedOrImported(String identifier, Node use, Env env) {
        for (Node node = use; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof TypeDeclaration<?> type) {
                Optional<Value> inherited = inheritedField(type, identifier, env, 0);
                if (inherited.isPresent()) {
                    return inherited;
                }
            }
        }
        ImportContext imports = evaluator.resolver.typeNames(use).imports();
        String owner = imports.staticMembers().get(identifier);
        if (owner != null) {
            Optional<Value> imported = staticField(owner, identifier, env);
            if (imported.isPresent()) {
                return imported;
            }
        }
        for (String onDemand : imports.staticOnDemand()) {
            Optional<Value> imported = staticField(onDemand, identifier, env);
            if (imported.isPresent()) {
                return imported;
            }
        }
        return Optional.empty();
    }

    private Optional<Value> inheritedField(TypeDeclaration<?> type, String identifier, Env env, int depth) {
        if (depth > 8) {
            return Optional.empty();
        }
        for (TypeDeclaration<?> supertype : evaluator.resolver.supertypes(type)) {
            Optional<Value> found = memberField(supertype, identifier, env);
            if (found.isPresent()) {
                return found;
            }
            found = inheritedField(supertype, identifier, env, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Value> staticField(String ownerType, String identifier, Env env) {
        return evaluator.resolver.projectType(ownerType).flatMap(owner -> memberField(owner, identifier, env));
    }

    private Optional<Value> memberField(TypeDeclaration<?> owner, String identifier, Env env) {
        for (var member : owner.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    if (variable.getNameAsString().equals(identifier)) {
                        return Optional.of(field(owner, field, variable, env));
                    }
                }
            }
        }
        if (owner instanceof EnumDeclaration enumeration) {
            for (EnumConstantDeclaration constant : enumeration.getEntries()) {
                if (constant.getNameAsString().equals(identifier)) {
                    return Optional.of(Enums.constant(enumeration, constant));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The value of a field: its initialiser when it is final (or an interface constant), else a symbol standing for
     * whatever the field holds.
     */
    Value fieldValue(TypeDeclaration<?> owner, FieldDeclaration field, VariableDeclarator variable, Env env) {
        return field(owner, field, variable, env);
    }

    private Value field(TypeDeclaration<?> owner, FieldDeclaration field, VariableDeclarator variable, Env env) {
        Value bound = env.bindings().get(variable);
        if (bound != null) {
            return bound;
        }
        String ownerName = owner == null ? "$anonymous" : TypeNames.qualifiedName(owner);
        String key = ownerName + "#" + variable.getNameAsString();
        Value.Kind kind = Values.kindOf(variable.getType(), false);
        Symbol symbol = Symbol.of("field:" + key, variable.getNameAsString());
        boolean constant = field.isFinal() || owner != null && owner.isClassOrInterfaceDeclaration()
                && owner.asClassOrInterfaceDeclaration().isInterface();
        if (!constant || variable.getInitializer().isEmpty()) {
            if (Values.isCollectionType(variable.getType())) {
                return Value.Elements.UNKNOWN;
            }
            return evaluator.fields.of(owner, field, variable, env).orElseGet(() -> Value.Single.unknown(symbol, kind));
        }
        Value known = constants.get(key);
        if (known != null) {
            return known;
        }
        if (constantsInProgress.putIfAbsent(key, location(variable)) != null) {
            List<String> cycle = new ArrayList<>(constantsInProgress.keySet());
            cycle = new ArrayList<>(cycle.subList(cycle.indexOf(key), cycle.size()));
            inCycle.addAll(cycle);
            // told the same way whichever constant the evaluation entered the cycle by
            String first = Collections.min(cycle);
            Collections.rotate(cycle, -cycle.indexOf(first));
            evaluator.problem(constantsInProgress.get(first), "cyclic constant " + String.join(" -> ", cycle)
                    + " -> " + first + "; its value is treated as unknown");
            return Value.Single.unknown(symbol, kind);
        }
        try {
            if (env.depth() >= KeyEvaluator.MAX_DEPTH) {
                evaluator.problem(location(variable), "constant " + key + " refers through more than "
                        + KeyEvaluator.MAX_DEPTH + " other constants; its value is treated as unknown");
                return Value.Single.unknown(symbol, kind);
            }
            Value value = evaluator.eval(variable.getInitializer().get(),
                    new Env(Map.of(), env.depth() + 1, null, Map.of()));
            if (inCycle.remove(key)
                    || value instanceof Value.Single single && single.text().isOpaque() && single.constant() == null) {
                value = Value.Single.unknown(symbol, kind);
            }
            constants.put(key, value);
            return value;
        } finally {
            constantsInProgress.remove(key);
        }
    }

    Value fieldAccess(FieldAccessExpr access, Env env) {
        String identifier = access.getNameAsString();
        Expression scope = access.getScope();
        if (scope instanceof ThisExpr self) {
            Optional<TypeDeclaration<?>> owner = self.getTypeName().isPresent()
                    ? enclosingNamed(access, self.getTypeName().get().getIdentifier())
                    : access.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
            if (owner.isPresent()) {
                Optional<Value> own = memberField(owner.get(), identifier, env)
                        .or(() -> inheritedField(owner.get(), identifier, env, 0));
                if (own.isPresent()) {
                    return own.get();
                }
            }
            return evaluator.unknown(access, env);
        }
        if (identifier.equals("length")) {
            Value array = evaluator.eval(scope, env);
            if (array instanceof Value.Elements elements && elements.exhaustive()) {
                return Arithmetic.number(elements.elements().size(), Value.Kind.INT);
            }
        }
        Optional<TypeDeclaration<?>> type = evaluator.resolver.projectTypeNamedBy(scope);
        if (type.isPresent()) {
            Optional<Value> member = memberField(type.get(), identifier, env)
                    .or(() -> inheritedField(type.get(), identifier, env, 0));
            if (member.isPresent()) {
                return member.get();
            }
        } else if (isLibraryConstant(scope, identifier)) {
            return Value.Single.unknown(evaluator.symbols.symbolFor(access, env), Value.Kind.OPTION);
        }
        return evaluator.unknown(access, env);
    }

    /**
     * {@code ListDirection.LEFT}, {@code ScriptOutputType.VALUE}: an upper-case constant of a type outside the
     * project, an option rather than text.
     */
    private boolean isLibraryConstant(Expression scope, String identifier) {
        if (!identifier.equals(identifier.toUpperCase(Locale.ROOT)) || !(scope instanceof NameExpr
                || scope instanceof FieldAccessExpr)) {
            return false;
        }
        String written = scope.toString();
        String last = written.substring(written.lastIndexOf('.') + 1);
        if (last.isEmpty() || !Character.isUpperCase(last.charAt(0))
                || scope instanceof NameExpr name && Declaration.find(name.getNameAsString(), name).isPresent()) {
            return false;
        }
        String resolved = evaluator.resolver.typeNames(scope).resolveOrNull(written, scope);
        return resolved == null || !resolved.startsWith("java.lang.") && !evaluator.resolver.isProjectType(resolved);
    }

    private static Optional<TypeDeclaration<?>> enclosingNamed(Node node, String name) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type && type.getNameAsString().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static Location location(Node node) {
        Path file = JavaSources.pathOf(node).orElse(Path.of("?"));
        return new Location(file, Math.max(1, Symbols.line(node)), node.getBegin().map(p -> p.column).orElse(1));
    }
}

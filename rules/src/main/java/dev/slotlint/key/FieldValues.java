package dev.slotlint.key;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.TypeNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a field that is no compile-time constant holds, as far as the project's own code says: the value its
 * constructors assign (through {@code this(..)} chains, so that {@code this(pool, null)} gives the default the
 * constructor picks for null), its initial value when a setter may change it (an assumption the findings state), or
 * the setting a {@code @Value("${key:default}")} injects, from the project's configuration or its default.
 */
final class FieldValues {

    /** How many constructors deep a {@code this(..)} chain is followed. */
    private static final int CHAIN_DEPTH = 6;

    private final KeyEvaluator evaluator;
    private final Set<String> inProgress = new HashSet<>();
    /** Fields already evaluated, with what their evaluation assumed: a field's value does not depend on its use. */
    private final Map<String, Known> known = new HashMap<>();

    private record Known(Optional<Value> value, List<String> assumptions) {
    }

    FieldValues(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The field's value, or empty when the code says nothing better than "unknown". */
    Optional<Value> of(TypeDeclaration<?> owner, FieldDeclaration field, VariableDeclarator variable, Env env) {
        Value.Kind kind = Values.kindOf(variable.getType(), false);
        if (owner == null || !(kind == Value.Kind.STRING || kind == Value.Kind.BYTES || kind.isNumeric()
                || kind == Value.Kind.BOOLEAN)) {
            return Optional.empty();
        }
        String key = TypeNames.qualifiedName(owner) + "#" + variable.getNameAsString();
        Optional<Value> injected = evaluator.config.injected(field, variable, env);
        if (injected.isPresent()) {
            return injected;
        }
        Known memo = known.get(key);
        if (memo != null) {
            memo.assumptions().forEach(evaluator::assume);
            return memo.value();
        }
        if (!inProgress.add(key)) {
            return Optional.empty();
        }
        Set<String> assumedBefore = evaluator.assumptionsSoFar();
        Optional<Value> value = evaluate(owner, variable, key, env);
        known.put(key, new Known(value, evaluator.assumptions().stream().filter(a -> !assumedBefore.contains(a))
                .toList()));
        inProgress.remove(key);
        return value;
    }

    private Optional<Value> evaluate(TypeDeclaration<?> owner, VariableDeclarator variable, String key, Env env) {
        List<Value> alternatives = new ArrayList<>();
        if (variable.getInitializer().isPresent()) {
            Value initial = evaluator.eval(variable.getInitializer().get(),
                    new Env(Map.of(), env.depth() + 1, null, Map.of()));
            if (!isKnown(initial)) {
                return Optional.empty();
            }
            alternatives.add(initial);
            if (assignedOutsideConstructors(owner, variable)) {
                evaluator.assume(key.substring(key.lastIndexOf('.') + 1) + " keeps its initial value "
                        + ((Value.Single) initial).text().render());
            }
        }
        for (ConstructorDeclaration constructor : owner.getConstructors()) {
            alternatives.addAll(assigned(owner, constructor, variable, Map.of(), env, 0));
        }
        if (!alternatives.isEmpty()) {
            alternatives.addAll(fromCreations(owner, variable, env));
            List<Value> inherited = fromSubclasses(owner, variable, env);
            if (!inherited.isEmpty() && owner instanceof ClassOrInterfaceDeclaration type && type.isAbstract()
                    && variable.getInitializer().isEmpty()) {
                // an abstract class is only ever made as one of its subclasses: what they give is all there is
                alternatives.clear();
            }
            alternatives.addAll(inherited);
        }
        if (alternatives.isEmpty() || alternatives.size() > KeyValue.MAX_ALTERNATIVES) {
            return Optional.empty();
        }
        // whatever else callers give the constructors is one unknown: the field's own value
        Symbol given = Symbol.of("field:" + key, variable.getNameAsString());
        List<Value> distinct = new ArrayList<>();
        for (Value alternative : flatten(alternatives)) {
            Value merged = alternative instanceof Value.Single single && single.text().isOpaque()
                    && single.constant() == null ? Value.Single.unknown(given, single.kind()) : alternative;
            if (!distinct.contains(merged)) {
                distinct.add(merged);
            }
        }
        return Optional.of(distinct.size() == 1 ? distinct.get(0) : evaluator.values.join(distinct, variable, env));
    }

    /** Each alternative of each value, as a value of its own. */
    private static List<Value> flatten(List<Value> values) {
        List<Value> flat = new ArrayList<>();
        for (Value value : values) {
            if (value instanceof Value.Single single && single.text().alternatives().size() > 1) {
                for (List<Part> parts : single.text().alternatives()) {
                    KeyValue one = KeyValue.of(parts);
                    flat.add(new Value.Single(one, single.kind(), one.knownText().orElse(null)));
                }
            } else {
                flat.add(value);
            }
        }
        return flat;
    }

    /** How many places that make objects of the field's class are read for the values they give its constructor. */
    private static final int CREATION_SITES = 8;

    /**
     * The values the project's own {@code new Owner(..)} calls leave in the field: a builder that passes its default
     * ({@code new Config(host, port, namespace)} with {@code namespace = "resque"}), say.
     */
    private List<Value> fromCreations(TypeDeclaration<?> owner, VariableDeclarator variable, Env env) {
        List<Value> values = new ArrayList<>();
        String qualified = TypeNames.qualifiedName(owner);
        int sites = 0;
        for (var entry : evaluator.resolver.index().entriesCreating(owner.getNameAsString())) {
            var unit = evaluator.resolver.index().unit(entry.file());
            if (unit.isEmpty()) {
                continue;
            }
            for (ObjectCreationExpr creation : unit.get().findAll(ObjectCreationExpr.class,
                    c -> c.getAnonymousClassBody().isEmpty() && qualified.equals(
                            evaluator.resolver.typeNames(c).resolve(c.getType(), c)))) {
                if (++sites > CREATION_SITES) {
                    return values;
                }
                List<Value> arguments = new ArrayList<>();
                List<List<String>> assumed = new ArrayList<>();
                for (var argument : creation.getArguments()) {
                    Set<String> before = evaluator.assumptionsSoFar();
                    arguments.add(evaluator.eval(argument, env.deeper()));
                    assumed.add(evaluator.assumptions().stream().filter(a -> !before.contains(a)).toList());
                    evaluator.retractAssumptionsBut(before);
                }
                for (ConstructorDeclaration constructor : owner.getConstructors()) {
                    if (accepts(constructor.getParameters(), arguments)
                            && typesFit(constructor.getParameters(), creation.getArguments())) {
                        List<Value> given = assigned(owner, constructor, variable,
                                evaluator.bindParameters(constructor.getParameters(), arguments), env, 1);
                        values.addAll(given);
                        // what was assumed of an argument counts when that argument is what the field holds
                        for (int i = 0; i < arguments.size(); i++) {
                            if (given.contains(arguments.get(i))) {
                                assumed.get(i).forEach(evaluator::assume);
                            }
                        }
                    }
                }
            }
        }
        return values;
    }

    /**
     * The values the project's subclasses give the field through {@code super(..)}: {@code super("customers", pool)}
     * names the repository whose keys its inherited methods build.
     */
    private List<Value> fromSubclasses(TypeDeclaration<?> owner, VariableDeclarator variable, Env env) {
        List<Value> values = new ArrayList<>();
        int sites = 0;
        for (String subclass : evaluator.resolver.implementationsOf(TypeNames.qualifiedName(owner))) {
            Optional<TypeDeclaration<?>> type = evaluator.resolver.projectType(subclass);
            if (type.isEmpty()) {
                continue;
            }
            for (ConstructorDeclaration constructor : type.get().getConstructors()) {
                Optional<ExplicitConstructorInvocationStmt> chained = constructor.getBody().getStatements().stream()
                        .filter(s -> s instanceof ExplicitConstructorInvocationStmt e && !e.isThis())
                        .map(s -> (ExplicitConstructorInvocationStmt) s).findFirst();
                if (chained.isEmpty() || ++sites > CREATION_SITES) {
                    continue;
                }
                List<Value> arguments = new ArrayList<>();
                chained.get().getArguments().forEach(argument -> arguments.add(evaluator.eval(argument,
                        env.deeper())));
                for (ConstructorDeclaration target : owner.getConstructors()) {
                    if (accepts(target.getParameters(), arguments)
                            && typesFit(target.getParameters(), chained.get().getArguments())) {
                        values.addAll(assigned(owner, target, variable, evaluator.bindParameters(
                                target.getParameters(), arguments), env, 1));
                    }
                }
            }
        }
        return values;
    }

    /** The values a constructor, called with these parameter values, leaves in the field. */
    private List<Value> assigned(TypeDeclaration<?> owner, ConstructorDeclaration constructor,
                                 VariableDeclarator variable, Map<Node, Value> parameters, Env env, int depth) {
        List<Value> values = new ArrayList<>();
        Env inside = env.call(parameters);
        Optional<ExplicitConstructorInvocationStmt> chained = constructor.getBody().getStatements().stream()
                .filter(s -> s instanceof ExplicitConstructorInvocationStmt e && e.isThis())
                .map(s -> (ExplicitConstructorInvocationStmt) s).findFirst();
        if (chained.isPresent()) {
            if (depth >= CHAIN_DEPTH) {
                return values;
            }
            List<Value> arguments = new ArrayList<>();
            chained.get().getArguments().forEach(argument -> arguments.add(evaluator.eval(argument, inside)));
            for (ConstructorDeclaration target : owner.getConstructors()) {
                if (target != constructor && accepts(target.getParameters(), arguments)
                        && typesFit(target.getParameters(), chained.get().getArguments())) {
                    values.addAll(assigned(owner, target, variable, evaluator.bindParameters(target.getParameters(),
                            arguments), env, depth + 1));
                }
            }
            return values;
        }
        for (AssignExpr assign : constructor.getBody().findAll(AssignExpr.class)) {
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN && isField(assign.getTarget(), variable)) {
                values.add(evaluator.eval(assign.getValue(), inside));
            }
        }
        for (MethodDeclaration init : initMethods(owner, constructor)) {
            for (AssignExpr assign : init.getBody().orElseThrow().findAll(AssignExpr.class)) {
                if (assign.getOperator() == AssignExpr.Operator.ASSIGN && isField(assign.getTarget(), variable)) {
                    values.add(evaluator.eval(assign.getValue(), new Env(Map.of(), env.depth() + 1, null,
                            Map.of())));
                }
            }
        }
        return values;
    }

    /**
     * The methods a constructor calls to set fields up ({@code configureSessionChannels()}): the class's own
     * private or final methods without parameters, which no subclass can replace.
     */
    private static List<MethodDeclaration> initMethods(TypeDeclaration<?> owner, ConstructorDeclaration constructor) {
        List<MethodDeclaration> methods = new ArrayList<>();
        for (MethodCallExpr call : constructor.getBody().findAll(MethodCallExpr.class, c -> c.getArguments().isEmpty()
                && (c.getScope().isEmpty() || c.getScope().get() instanceof ThisExpr))) {
            for (MethodDeclaration method : owner.getMethodsByName(call.getNameAsString())) {
                if (method.getParameters().isEmpty() && method.getBody().isPresent() && !method.isStatic()
                        && (method.isPrivate() || method.isFinal()) && !methods.contains(method)) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    /** Whether the arguments can be given to these parameters: the same number, and no text for a number. */
    private static boolean accepts(NodeList<Parameter> parameters, List<Value> arguments) {
        if (parameters.size() != arguments.size()) {
            return false;
        }
        for (int i = 0; i < parameters.size(); i++) {
            Value.Kind expected = Values.kindOf(parameters.get(i).getType(), parameters.get(i).isVarArgs());
            if (arguments.get(i) instanceof Value.Single single && single.constant() != null
                    && (expected == Value.Kind.STRING && single.kind().isNumeric()
                    || expected.isNumeric() && single.kind() == Value.Kind.STRING)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the arguments' static types, where known, are those of the parameters (or project subtypes). */
    private boolean typesFit(NodeList<Parameter> parameters, NodeList<Expression> arguments) {
        for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
            Optional<String> given = evaluator.resolver.typeOf(arguments.get(i));
            String wanted = evaluator.resolver.typeNames(parameters.get(i)).resolve(parameters.get(i).getType(),
                    parameters.get(i));
            if (given.isPresent() && !given.get().equals(wanted) && !wanted.equals("java.lang.Object")
                    && !isSubtype(given.get(), wanted)) {
                return false;
            }
        }
        return true;
    }

    private boolean isSubtype(String type, String supertype) {
        return evaluator.resolver.projectType(type).map(t -> evaluator.resolver.supertypes(t).stream()
                .anyMatch(s -> TypeNames.qualifiedName(s).equals(supertype) || isSubtype(TypeNames.qualifiedName(s),
                        supertype))).orElse(false);
    }

    private static boolean isField(Expression target, VariableDeclarator variable) {
        if (target instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            return access.getNameAsString().equals(variable.getNameAsString());
        }
        return target instanceof NameExpr name && Declaration.find(name.getNameAsString(), name)
                .filter(d -> d instanceof Declaration.Field f && f.variable() == variable).isPresent();
    }

    /** Whether a method of the field's class (a setter, say) may assign it after construction. */
    private static boolean assignedOutsideConstructors(TypeDeclaration<?> owner, VariableDeclarator variable) {
        return owner.findAll(AssignExpr.class, a -> isField(a.getTarget(), variable)
                && a.findAncestor(ConstructorDeclaration.class).isEmpty()).stream().findAny().isPresent();
    }

    private static boolean isKnown(Value value) {
        return value instanceof Value.Single single && single.text().knownText().isPresent()
                && single.kind() != Value.Kind.NULL;
    }

}

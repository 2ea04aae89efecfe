package dev.slotlint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.Type;

import java.util.Map;
import java.util.Optional;

/**
 * The static type of an expression, as far as a reader of one file can tell without a classpath: declared types of
 * variables, fields and parameters, {@code var} initialisers, casts, constructors and methods whose return type is
 * known (from the catalog, or declared in this file).
 */
public final class ExpressionTypes {

    private static final int MAX_DEPTH = 32;

    private final TypeNames names;
    private final Members members;

    /** How {@code knownReturnType} is asked for the parameter type of a lambda passed to a method, or cast. */
    public static final String LAMBDA_PREFIX = "->";
    private static final String CAST = "(cast)";

    /** What is known of types declared elsewhere: the clients' (from the catalog) and the project's other files. */
    public interface Members {

        /**
         * The return type of {@code method} on a fully qualified owner type, when known; asked for {@code ->method}
         * too: the parameter type of a lambda passed to {@code method} (or {@code ->(cast)}, cast to the owner type).
         */
        Optional<String> returnType(String owner, String method);

        /** The declared type of a field (or the enum's type, for an enum constant) of a type of the project. */
        default Optional<String> fieldType(String owner, String field) {
            return Optional.empty();
        }

        /**
         * For a method that returns the type its {@code Class<T>} parameter is given ({@code <T> T getBean(Class<T>)}),
         * the position of that parameter among {@code arity} arguments.
         */
        default java.util.OptionalInt classParameterReturned(String owner, String method, int arity) {
            return java.util.OptionalInt.empty();
        }
    }

    public ExpressionTypes(TypeNames names, Members members) {
        this.names = names;
        this.members = members;
    }

    public TypeNames names() {
        return names;
    }

    /** The fully qualified static type of {@code expression}, when it can be told. */
    public Optional<String> typeOf(Expression expression) {
        return typeOf(expression, 0);
    }

    private Optional<String> typeOf(Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return typeOf(enclosed.getInner(), depth + 1);
        }
        if (expression instanceof CastExpr cast) {
            return Optional.of(names.resolve(cast.getType(), cast));
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return Optional.of(names.resolve(creation.getType(), creation));
        }
        if (expression instanceof ConditionalExpr conditional) {
            return typeOf(conditional.getThenExpr(), depth + 1).or(() -> typeOf(conditional.getElseExpr(), depth + 1));
        }
        if (expression instanceof NameExpr name) {
            Optional<Declaration> declared = Declaration.find(name.getNameAsString(), name);
            return declared.isPresent() ? declared.flatMap(d -> declaredType(d, depth)) : inherited(name);
        }
        if (expression instanceof FieldAccessExpr access) {
            Optional<Declaration> inFile = fieldOf(access);
            return inFile.isPresent() ? inFile.flatMap(d -> declaredType(d, depth)) : fieldElsewhere(access, depth);
        }
        if (expression instanceof MethodCallExpr call) {
            return returnType(call, depth);
        }
        return Optional.empty();
    }

    /** The field {@code this.x}, {@code Outer.this.x} or {@code Type.x} names, when declared in this file. */
    private Optional<Declaration> fieldOf(FieldAccessExpr access) {
        Expression scope = access.getScope();
        Optional<TypeDeclaration<?>> owner = Optional.empty();
        if (scope instanceof ThisExpr self) {
            owner = self.getTypeName().isEmpty()
                    ? access.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t)
                    : typeInFile(self.getTypeName().get().asString(), access);
        } else if (scope instanceof NameExpr name) {
            if (Declaration.find(name.getNameAsString(), name).isPresent()) {
                return Optional.empty();
            }
            owner = typeInFile(name.getNameAsString(), access);
        }
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        TypeDeclaration<?> type = owner.get();
        return type.getFieldByName(access.getNameAsString())
                .flatMap(field -> field.getVariables().stream()
                        .filter(v -> v.getNameAsString().equals(access.getNameAsString())).findFirst()
                        .map(v -> new Declaration.Field(v, field, type)));
    }

    /**
     * The type of a field another file declares: {@code Redis.CLUSTER} (a static field or enum constant of a type
     * named here), {@code holder.cluster} (a field of a value whose type is known).
     */
    private Optional<String> fieldElsewhere(FieldAccessExpr access, int depth) {
        Expression scope = access.getScope();
        Optional<String> owner;
        if (scope instanceof NameExpr name && Declaration.find(name.getNameAsString(), name).isEmpty()) {
            owner = Optional.ofNullable(names.resolveOrNull(name.getNameAsString(), name));
        } else if (scope instanceof FieldAccessExpr qualified && fieldOf(qualified).isEmpty()
                && Character.isUpperCase(qualified.getNameAsString().charAt(0))
                && names.resolveOrNull(qualified.toString(), qualified) != null) {
            owner = Optional.of(names.resolveOrNull(qualified.toString(), qualified));
        } else {
            owner = typeOf(scope, depth + 1);
        }
        return owner.flatMap(type -> members.fieldType(type, access.getNameAsString()));
    }

    /** A field a class of this file inherits from a project class ({@code cluster} declared by its superclass). */
    private Optional<String> inherited(NameExpr name) {
        for (Node node = name; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration type) {
                for (var supertype : type.getExtendedTypes()) {
                    Optional<String> found = members.fieldType(names.resolve(supertype, type), name.getNameAsString());
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<TypeDeclaration<?>> typeInFile(String simpleName, Expression use) {
        return use.findCompilationUnit().map(unit -> typesInFile.computeIfAbsent(unit, u -> {
            Map<String, TypeDeclaration<?>> types = new java.util.HashMap<>();
            u.findAll(TypeDeclaration.class).forEach(t -> types.putIfAbsent(t.getNameAsString(), t));
            return types;
        }).get(simpleName));
    }

    /** The types each file declares, by simple name, the first of each name. */
    private final Map<CompilationUnit, Map<String, TypeDeclaration<?>>> typesInFile = new java.util.IdentityHashMap<>();

    /** The declared type of a variable, inferring {@code var} from its initialiser. */
    public Optional<String> declaredType(Declaration declaration, int depth) {
        Optional<Type> type = declaration.type();
        if (type.isEmpty()) {
            return declaration instanceof Declaration.Param param && param.owner() instanceof LambdaExpr lambda
                    ? lambdaParameterType(lambda, depth) : Optional.empty();
        }
        if (isVar(type.get())) {
            if (declaration instanceof Declaration.Local local) {
                return local.variable().getInitializer().flatMap(init -> typeOf(init, depth + 1));
            }
            if (declaration instanceof Declaration.LoopVariable loop) {
                return elementType(loop.loop().getIterable());
            }
            return declaration instanceof Declaration.Param param && param.owner() instanceof LambdaExpr lambda
                    ? lambdaParameterType(lambda, depth) : Optional.empty();
        }
        Type node = type.get();
        return Optional.of(names.resolve(node, node));
    }

    /**
     * The type of an untyped lambda parameter, from what the lambda is given to: a cast
     * ({@code (RedisCallback<Object>) c -> ..}) or a method whose owner type is known
     * ({@code template.execute(c -> ..)}).
     */
    private Optional<String> lambdaParameterType(LambdaExpr lambda, int depth) {
        Node parent = lambda.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr enclosed) {
            parent = enclosed.getParentNode().orElse(null);
        }
        if (parent instanceof CastExpr cast) {
            return members.returnType(names.resolve(cast.getType(), cast), LAMBDA_PREFIX + CAST);
        }
        if (parent instanceof MethodCallExpr call && call.getScope().isPresent()
                && call.getArguments().stream().anyMatch(argument -> argument == lambda)) {
            if (call.getNameAsString().equals("forEach") && lambda.getParameters().size() == 1) {
                Optional<String> element = elementType(call.getScope().get());
                if (element.isPresent()) {
                    return element;
                }
            }
            return typeOf(call.getScope().get(), depth + 1)
                    .flatMap(owner -> members.returnType(owner, LAMBDA_PREFIX + call.getNameAsString()));
        }
        return Optional.empty();
    }

    /**
     * The element type of a collection or array as its declaration writes it ({@code List<RedisConnectionFactory>
     * factories}, {@code Jedis[] nodes}): what {@code for (var each : factories)} and {@code factories.forEach(each ->
     * ..)} hand out.
     */
    private Optional<String> elementType(Expression iterable) {
        if (!(iterable instanceof NameExpr name)) {
            return Optional.empty();
        }
        Optional<Type> written = Declaration.find(name.getNameAsString(), name).flatMap(Declaration::type)
                .filter(t -> !isVar(t));
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Type type = written.get();
        if (type.isArrayType()) {
            Type component = type.asArrayType().getComponentType();
            return Optional.of(names.resolve(component, component));
        }
        if (type.isClassOrInterfaceType() && type.asClassOrInterfaceType().getTypeArguments()
                .filter(arguments -> arguments.size() == 1).isPresent()) {
            Type element = type.asClassOrInterfaceType().getTypeArguments().get().get(0);
            return element.isWildcardType() ? Optional.empty() : Optional.of(names.resolve(element, element));
        }
        return Optional.empty();
    }

    /** {@code var}, also when read as a class name (the parser is not asked to rewrite it to a VarType). */
    static boolean isVar(Type type) {
        return type.isVarType() || type.isClassOrInterfaceType() && type.asClassOrInterfaceType().getScope().isEmpty()
                && type.asClassOrInterfaceType().getTypeArguments().isEmpty()
                && type.asClassOrInterfaceType().getNameAsString().equals("var");
    }

    /** Methods of String (and {@code toString} of anything) that give text. */
    private static final java.util.Set<String> TEXT_METHODS = java.util.Set.of("trim", "strip", "toLowerCase",
            "toUpperCase", "substring", "replace", "replaceAll", "concat", "intern", "formatted", "repeat");

    private Optional<String> returnType(MethodCallExpr call, int depth) {
        String method = call.getNameAsString();
        if (method.equals("toString") && call.getArguments().isEmpty()) {
            return Optional.of("java.lang.String");
        }
        if (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr) {
            Optional<String> own = call.findAncestor(TypeDeclaration.class).flatMap(owner -> {
                Optional<String> given = classGiven(TypeNames.qualifiedName((TypeDeclaration<?>) owner), call);
                return given.isPresent() ? given
                        : ownMethodReturnType((TypeDeclaration<?>) owner, method, call.getArguments().size());
            });
            if (own.isPresent() || call.getScope().isPresent()) {
                return own;
            }
            String imported = names.imports().staticMembers().get(method);
            return imported == null ? Optional.empty() : members.returnType(imported, method);
        }
        Expression scope = call.getScope().get();
        Optional<String> scopeType = typeOf(scope, depth + 1);
        if (scopeType.isEmpty() && scope instanceof NameExpr name
                && Character.isUpperCase(name.getNameAsString().charAt(0))) {
            scopeType = Optional.of(names.resolve(name.getNameAsString(), name));
        }
        if (scopeType.filter("java.lang.String"::equals).isPresent() && TEXT_METHODS.contains(method)) {
            return scopeType;
        }
        Optional<String> given = scopeType.flatMap(owner -> classGiven(owner, call));
        return given.isPresent() ? given : scopeType.flatMap(owner -> members.returnType(owner, method));
    }

    /** The type a {@code Class<T>} argument names, for a method that returns it ({@code getBean(X.class)}). */
    private Optional<String> classGiven(String owner, MethodCallExpr call) {
        java.util.OptionalInt position = members.classParameterReturned(owner, call.getNameAsString(),
                call.getArguments().size());
        if (position.isEmpty() || !(call.getArgument(position.getAsInt()) instanceof ClassExpr literal)) {
            return Optional.empty();
        }
        return Optional.of(names.resolve(literal.getType(), literal));
    }

    private Optional<String> ownMethodReturnType(TypeDeclaration<?> owner, String method, int arguments) {
        for (MethodDeclaration declaration : owner.getMethodsByName(method)) {
            if (declaration.getParameters().size() == arguments && !declaration.getType().isVoidType()) {
                Type type = declaration.getType();
                return Optional.of(names.resolve(type, declaration));
            }
        }
        return arguments == 0 ? Accessors.of(owner, method).map(accessor -> names.resolve(accessor.type(), owner))
                : Optional.empty();
    }
}

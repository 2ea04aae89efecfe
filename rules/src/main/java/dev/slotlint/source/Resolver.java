package dev.slotlint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Answers, for the project's sources, what a name denotes and what type an expression has: the layer below both the
 * call finder and the key evaluator. Types outside the project (the clients') are known through what the caller
 * says of them. One resolver serves one thread; what it learns about the project as a whole is shared.
 */
public final class Resolver {

    /**
     * What every resolver of one analysis shares.
     *
     * @param libraryTypes      types outside the project that name resolution must know (client types)
     * @param libraryReturnType the return type of a method of a type outside the project, when known; see
     *                          {@link ExpressionTypes}
     */
    public record Project(ProjectIndex index, TypeNames.Known libraryTypes,
                          BiFunction<String, String, Optional<String>> libraryReturnType,
                          Map<String, List<String>> implementations) {

        public Project(ProjectIndex index, TypeNames.Known libraryTypes,
                       BiFunction<String, String, Optional<String>> libraryReturnType) {
            this(index, libraryTypes, libraryReturnType, new ConcurrentHashMap<>());
        }
    }

    private final Project project;
    private final TypeNames.Known knownTypes;
    private final Map<CompilationUnit, TypeNames> typeNames = new IdentityHashMap<>();
    private final Map<CompilationUnit, ExpressionTypes> expressionTypes = new IdentityHashMap<>();

    public Resolver(Project project) {
        this.project = project;
        this.knownTypes = name -> project.index().isType(name) || project.libraryTypes().isType(name);
    }

    public ProjectIndex index() {
        return project.index();
    }

    /** Type names as written in the unit that holds {@code node}. */
    public TypeNames typeNames(Node node) {
        CompilationUnit unit = node.findCompilationUnit().orElse(null);
        if (unit == null) {
            return new TypeNames(new ImportContext("", Map.of(), List.of(), Map.of(), List.of()), knownTypes);
        }
        return typeNames.computeIfAbsent(unit, u -> new TypeNames(ImportContext.of(u), knownTypes));
    }

    /** Static types of expressions in the unit that holds {@code node}. */
    public ExpressionTypes expressionTypes(Node node) {
        CompilationUnit unit = node.findCompilationUnit().orElseThrow();
        return expressionTypes.computeIfAbsent(unit, u -> new ExpressionTypes(typeNames(node), members));
    }

    /** What expression types ask of types declared elsewhere. */
    private final ExpressionTypes.Members members = new ExpressionTypes.Members() {
        @Override
        public Optional<String> returnType(String owner, String method) {
            return project.libraryReturnType().apply(owner, method).or(() -> projectReturnType(owner, method));
        }

        @Override
        public Optional<String> fieldType(String owner, String field) {
            return projectFieldType(owner, field);
        }

        @Override
        public OptionalInt classParameterReturned(String owner, String method, int arity) {
            Optional<TypeDeclaration<?>> type = projectType(owner);
            if (type.isEmpty()) {
                return LOCATORS.contains(method) ? OptionalInt.of(arity - 1) : OptionalInt.empty();
            }
            for (MethodDeclaration declaration : type.get().getMethodsByName(method)) {
                OptionalInt position = Resolver.classParameterReturned(declaration);
                if (declaration.getParameters().size() == arity && position.isPresent()) {
                    return position;
                }
            }
            return OptionalInt.empty();
        }
    };

    /**
     * Methods of bean locators outside the project that return the bean of the type their last argument names:
     * Spring's {@code BeanFactory.getBean(Class<T>)}, {@code getBean(String, Class<T>)}.
     */
    private static final Set<String> LOCATORS = Set.of("getBean");

    /**
     * The position of the {@code Class<T>} parameter of {@code <T> T method(..)}, the parameter whose type argument
     * is returned.
     */
    public static OptionalInt classParameterReturned(MethodDeclaration method) {
        if (!method.getType().isClassOrInterfaceType()) {
            return OptionalInt.empty();
        }
        String returned = method.getType().asClassOrInterfaceType().getNameAsString();
        if (method.getTypeParameters().stream().noneMatch(t -> t.getNameAsString().equals(returned))) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < method.getParameters().size(); i++) {
            if (method.getParameter(i).getType() instanceof ClassOrInterfaceType parameter
                    && parameter.getNameAsString().equals("Class")
                    && parameter.getTypeArguments().filter(args -> args.size() == 1
                    && args.get(0).asString().equals(returned)).isPresent()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The declared type of a field of a project type (the enum itself for one of its constants), declared by it or
     * inherited from one of its project supertypes.
     */
    public Optional<String> projectFieldType(String owner, String field) {
        return projectFieldType(owner, field, 0);
    }

    private Optional<String> projectFieldType(String owner, String field, int depth) {
        Optional<TypeDeclaration<?>> type = projectType(owner);
        if (type.isEmpty() || depth > 8) {
            return Optional.empty();
        }
        if (type.get().getFieldByName(field).isEmpty() && !(type.get() instanceof EnumDeclaration)) {
            for (TypeDeclaration<?> supertype : supertypes(type.get())) {
                Optional<String> inherited = projectFieldType(TypeNames.qualifiedName(supertype), field, depth + 1);
                if (inherited.isPresent()) {
                    return inherited;
                }
            }
            return Optional.empty();
        }
        if (type.get() instanceof EnumDeclaration enumeration
                && enumeration.getEntries().stream().anyMatch(e -> e.getNameAsString().equals(field))) {
            return Optional.of(owner);
        }
        return type.get().getFieldByName(field).flatMap(declaration -> declaration.getVariables().stream()
                .filter(variable -> variable.getNameAsString().equals(field)).findFirst()
                .map(variable -> typeNames(type.get()).resolve(variable.getType(), variable)));
    }

    /** The fully qualified static type of an expression, when it can be told. */
    public Optional<String> typeOf(Expression expression) {
        return expressionTypes(expression).typeOf(expression);
    }

    /** Whether a dotted qualified name may denote a type of the project. */
    public boolean isProjectType(String qualifiedName) {
        return project.index().isType(qualifiedName);
    }

    /** The declaration of a project type by qualified name. */
    public Optional<TypeDeclaration<?>> projectType(String qualifiedName) {
        return project.index().type(qualifiedName).flatMap(project.index()::declaration);
    }

    /** The project types a type extends or implements. */
    public List<TypeDeclaration<?>> supertypes(TypeDeclaration<?> type) {
        List<TypeDeclaration<?>> found = new ArrayList<>();
        for (ClassOrInterfaceType supertype : writtenSupertypes(type)) {
            projectType(typeNames(type).resolve(supertype, type)).ifPresent(found::add);
        }
        return found;
    }

    private static List<ClassOrInterfaceType> writtenSupertypes(TypeDeclaration<?> type) {
        List<ClassOrInterfaceType> written = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration c) {
            written.addAll(c.getExtendedTypes());
            written.addAll(c.getImplementedTypes());
        } else if (type instanceof EnumDeclaration e) {
            written.addAll(e.getImplementedTypes());
        } else if (type instanceof RecordDeclaration r) {
            written.addAll(r.getImplementedTypes());
        }
        return written;
    }

    /** The type a qualifier names, when it is a type rather than a value ({@code Keys} in {@code Keys.USER}). */
    public Optional<String> typeWritten(Expression scope) {
        return written(scope).map(written -> typeNames(scope).resolveOrNull(written, scope));
    }

    /** The project type an expression names when it is used as a qualifier ({@code Keys.USER}). */
    public Optional<TypeDeclaration<?>> projectTypeNamedBy(Expression scope) {
        Optional<String> written = written(scope);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> project = typeWritten(scope).flatMap(this::projectType);
        return project.isPresent() ? project : scope.findCompilationUnit().flatMap(unit -> UnitNodes.of(unit).types()
                .stream().filter(t -> TypeNames.qualifiedName(t).endsWith("." + written.get())
                        || TypeNames.qualifiedName(t).equals(written.get())).findFirst());
    }

    /** A qualifier as written, when it may name a type: a name that is no variable, or a dotted name. */
    private static Optional<String> written(Expression scope) {
        if (scope instanceof NameExpr name) {
            return Declaration.find(name.getNameAsString(), name).isPresent() ? Optional.empty()
                    : Optional.of(name.getNameAsString());
        }
        return scope instanceof FieldAccessExpr access ? Optional.of(access.toString()) : Optional.empty();
    }

    /** The return type of a project method, by owner type and name. */
    public Optional<String> projectReturnType(String owner, String method) {
        return projectType(owner).flatMap(type -> type.getMethodsByName(method).stream()
                .filter(m -> !m.getType().isVoidType()).findFirst()
                .map(m -> typeNames(type).resolve(m.getType(), m))
                .or(() -> Accessors.of(type, method).map(accessor -> typeNames(type)
                        .resolve(accessor.type(), type))));
    }

    /** Project types that implement or extend a type, found by a text scan and parsed on demand. */
    public List<String> implementationsOf(String type) {
        Lookups.name(Lookups.SUBTYPE, type.substring(type.lastIndexOf('.') + 1));
        List<String> implementations = implementationsFound(type);
        implementations.forEach(project.index()::consulted);
        return implementations;
    }

    private List<String> implementationsFound(String type) {
        return project.implementations().computeIfAbsent(type, t -> {
            String simple = t.substring(t.lastIndexOf('.') + 1);
            Pattern mention = Pattern.compile("\\b(?:implements|extends)\\b[^{]*\\b" + Pattern.quote(simple) + "\\b");
            List<String> found = new ArrayList<>();
            ProjectIndex index = project.index();
            for (ProjectIndex.Entry entry : index.entries()) {
                if (!mention.matcher(index.text(entry)).find()) {
                    continue;
                }
                index.unit(entry.file()).ifPresent(unit -> {
                    for (TypeDeclaration<?> declaration : UnitNodes.of(unit).types()) {
                        if (writtenSupertypes(declaration).stream().anyMatch(s -> t.equals(
                                typeNames(declaration).resolve(s, declaration)))) {
                            found.add(TypeNames.qualifiedName(declaration));
                        }
                    }
                });
            }
            return found;
        });
    }
}

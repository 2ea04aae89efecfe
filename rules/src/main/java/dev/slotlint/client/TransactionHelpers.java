package dev.slotlint.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.Value;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.ExpressionTypes;
import dev.slotlint.source.Location;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.Resolver;
import dev.slotlint.source.TypeNames;
import dev.slotlint.source.UnitNodes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Transactions written in a helper method whose keys come from its parameters ({@code static void enqueue(Jedis
 * jedis, String namespace, String queue)}): where the transaction is written its keys cannot be told, at each call of
 * the helper they can. Each call becomes a transaction of its own at the caller's line, with the caller's values.
 */
public final class TransactionHelpers {

    private final ProjectIndex index;
    private final Transactions transactions;
    private final Map<Library, Version> versions = new EnumMap<>(Library.class);

    public TransactionHelpers(ProjectIndex index, ClientCatalog catalog, Map<Library, String> libraryVersions) {
        this.index = index;
        this.transactions = new Transactions(catalog);
        libraryVersions.forEach((library, version) -> versions.put(library, Version.parse(version)));
    }

    /** A method holding a transaction that its callers may decide. */
    public record Helper(Path file, Location multi, String owner, String name, int parameters) {
    }

    /**
     * The helper a transaction is written in, when that is a named method taking parameters: only then can a caller
     * know more of its keys than the method itself.
     */
    public Optional<Helper> helperOf(Transaction transaction) {
        Path file = transaction.location().file();
        return index.unit(file).flatMap(unit -> multiAt(unit, transaction.location()))
                .flatMap(multi -> multi.findAncestor(MethodDeclaration.class))
                .filter(method -> !method.getParameters().isEmpty() && method.getBody().isPresent())
                .flatMap(method -> method.findAncestor(TypeDeclaration.class).map(owner -> new Helper(file,
                        transaction.location(), TypeNames.qualifiedName((TypeDeclaration<?>) owner),
                        method.getNameAsString(), method.getParameters().size())));
    }

    /** The transactions one file runs through calls of these helpers, at the calls' lines. */
    public List<Transaction> find(Path file, CompilationUnit unit, KeyEvaluator evaluator, Resolver resolver,
                                  List<Helper> helpers) {
        Map<String, List<Helper>> byName = helpers.stream().collect(Collectors.groupingBy(Helper::name));
        ExpressionTypes types = resolver.expressionTypes(unit);
        List<Transaction> found = new ArrayList<>();
        for (MethodCallExpr call : UnitNodes.of(unit).calls()) {
            if (!byName.containsKey(call.getNameAsString())) {
                continue;
            }
            for (Helper helper : byName.get(call.getNameAsString())) {
                if (helper.parameters() == call.getArguments().size() && reaches(call, helper, types, resolver)) {
                    through(file, call, helper, evaluator, resolver).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private Optional<Transaction> through(Path file, MethodCallExpr call, Helper helper, KeyEvaluator evaluator,
                                          Resolver resolver) {
        Optional<MethodCallExpr> multi = index.unit(helper.file()).flatMap(unit -> multiAt(unit, helper.multi()));
        Optional<MethodDeclaration> method = multi.flatMap(m -> m.findAncestor(MethodDeclaration.class));
        if (method.isEmpty() || call.findAncestor(MethodDeclaration.class).filter(m -> m == method.get()).isPresent()) {
            return Optional.empty();
        }
        List<Value> arguments = new ArrayList<>();
        call.getArguments().forEach(argument -> arguments.add(evaluator.value(argument)));
        Map<Node, Value> bindings = evaluator.bindParameters(method.get().getParameters(), arguments);
        var at = call.getName().getBegin().orElseThrow();
        String owner = helper.owner().substring(helper.owner().lastIndexOf('.') + 1);
        return transactions.atCall(multi.get(), evaluator, resolver.expressionTypes(multi.get()), versions, bindings,
                new Location(file, at.line, at.column), List.of(owner + "." + helper.name()));
    }

    /** Whether the call names the helper's method: unqualified from its class or a subclass, or on its type. */
    private static boolean reaches(MethodCallExpr call, Helper helper, ExpressionTypes types, Resolver resolver) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
            for (Node node = call; node != null; node = node.getParentNode().orElse(null)) {
                if (node instanceof TypeDeclaration<?> type && isOrExtends(type, helper.owner(), resolver)) {
                    return true;
                }
            }
            return false;
        }
        Expression receiver = scope.get();
        if (receiver instanceof NameExpr name && Declaration.find(name.getNameAsString(), name).isEmpty()
                || receiver instanceof FieldAccessExpr access
                && Character.isUpperCase(access.getNameAsString().charAt(0))) {
            String named = resolver.typeNames(call).resolveOrNull(receiver.toString(), call);
            if (named != null) {
                return named.equals(helper.owner());
            }
        }
        return types.typeOf(receiver).flatMap(resolver::projectType)
                .filter(type -> isOrExtends(type, helper.owner(), resolver)).isPresent();
    }

    /** Whether the type is the owner or inherits from it, through the project's own types. */
    private static boolean isOrExtends(TypeDeclaration<?> type, String owner, Resolver resolver) {
        List<TypeDeclaration<?>> pending = new ArrayList<>(List.of(type));
        Set<String> seen = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            TypeDeclaration<?> next = pending.remove(pending.size() - 1);
            String name = TypeNames.qualifiedName(next);
            if (name.equals(owner)) {
                return true;
            }
            if (seen.add(name)) {
                pending.addAll(resolver.supertypes(next));
            }
        }
        return false;
    }

    private static Optional<MethodCallExpr> multiAt(CompilationUnit unit, Location location) {
        return UnitNodes.of(unit).calls().stream().filter(c -> Transactions.isMulti(c) && c.getName().getBegin()
                .filter(p -> p.line == location.line() && p.column == location.column()).isPresent()).findFirst();
    }
}

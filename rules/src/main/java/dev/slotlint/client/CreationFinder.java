package dev.slotlint.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.Value;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.Location;
import dev.slotlint.source.Resolver;
import dev.slotlint.source.UnitNodes;
import dev.slotlint.topology.Endpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds where code makes Redis clients ({@code new Jedis("h", 6379)}, {@code RedisClient.create(uri)},
 * {@code RedisClusterClient.builder().nodes(..).build()}) and the endpoints and database they are aimed at.
 */
public final class CreationFinder {

    private static final Set<String> NODE_COLLECTIONS = Set.of("of", "asList", "singleton", "singletonList",
            "copyOf", "nodes", "newHashSet");
    private static final int MAX_DEPTH = 4;
    private static final java.util.regex.Pattern HOST_COLON_PORT = java.util.regex.Pattern.compile(
            "[\\w.-]+:\\d{1,5}");

    private final ClientCatalog catalog;

    public CreationFinder(ClientCatalog catalog) {
        this.catalog = catalog;
    }

    public List<ClientCreation> find(Path file, CompilationUnit unit, KeyEvaluator evaluator, Resolver resolver) {
        List<ClientCreation> found = new ArrayList<>();
        UnitNodes nodes = UnitNodes.of(unit);
        for (ObjectCreationExpr creation : nodes.creations()) {
            String type = resolver.typeNames(creation).resolve(creation.getType(), creation);
            kind(type, "new").ifPresent(kind -> found.add(describe(file, creation, kind, evaluator, resolver)));
        }
        for (MethodCallExpr call : nodes.calls()) {
            Optional<String> owner = call.getNameAsString().equals("create") ? staticOwner(call, resolver)
                    : Optional.empty();
            if (owner.isPresent()) {
                kind(owner.get(), "create").ifPresent(kind -> found.add(describe(file, call, kind, evaluator,
                        resolver)));
            }
            if (call.getNameAsString().equals("build")) {
                builderOwner(call, resolver).flatMap(t -> kind(t, "builder"))
                        .ifPresent(kind -> found.add(describe(file, call, kind, evaluator, resolver)));
            }
        }
        for (MethodReferenceExpr reference : nodes.methodReferences()) {
            // uri.map(RedisClient::create), hosts.stream().map(Jedis::new)
            String how = reference.getIdentifier().equals("new") ? "new" : reference.getIdentifier();
            if ((how.equals("new") || how.equals("create")) && reference.getScope() instanceof TypeExpr type) {
                String owner = resolver.typeNames(reference).resolve(type.getType(), reference);
                kind(owner, how).ifPresent(kind -> found.add(describe(file, reference, kind, evaluator, resolver)));
            }
        }
        found.sort((a, b) -> a.location().compareTo(b.location()));
        return found;
    }

    private Optional<ClientCatalog.Creation> kind(String type, String how) {
        return catalog.creations().stream().filter(c -> c.javaType().equals(type) && c.how().equals(how))
                .findFirst();
    }

    /** The type a {@code Type.create(..)} call names. */
    private static Optional<String> staticOwner(MethodCallExpr call, Resolver resolver) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || !(scope.get() instanceof NameExpr || scope.get() instanceof FieldAccessExpr)) {
            return Optional.empty();
        }
        if (scope.get() instanceof NameExpr name && Declaration.find(name.getNameAsString(), name).isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(resolver.typeNames(call).resolveOrNull(scope.get().toString(), call));
    }

    /** For {@code X.builder()...build()}, the type X. */
    private static Optional<String> builderOwner(MethodCallExpr build, Resolver resolver) {
        Expression e = build;
        while (e instanceof MethodCallExpr call && call.getScope().isPresent()) {
            if (call.getNameAsString().equals("builder")) {
                return staticOwner(call, resolver);
            }
            e = call.getScope().get();
        }
        return Optional.empty();
    }

    private static ClientCreation describe(Path file, Expression creation, ClientCatalog.Creation kind,
                                           KeyEvaluator evaluator, Resolver resolver) {
        var at = creation instanceof MethodCallExpr call ? call.getName().getBegin().orElseThrow()
                : creation.getBegin().orElseThrow();
        Endpoints endpoints = new Endpoints(evaluator);
        endpoints.collect(creation, 0);
        if (creation instanceof ObjectCreationExpr || creation instanceof MethodCallExpr call
                && call.getNameAsString().equals("create")) {
            endpoints.hostAndPortArguments(creation instanceof ObjectCreationExpr o ? o.getArguments()
                    : ((MethodCallExpr) creation).getArguments());
        }
        String code = creation.toString().replaceAll("\\s+", " ");
        if (code.length() > 80) {
            code = code.substring(0, 77) + "...";
        }
        return new ClientCreation(new Location(file, at.line, at.column), kind, code,
                new ArrayList<>(endpoints.found), endpoints.complete && !endpoints.found.isEmpty(), endpoints.database,
                ModeSwitches.contextOf(file, creation, resolver), null, endpoints.complete && !endpoints.found.isEmpty()
                        ? List.of() : endpoints.counted, routed(creation) ? "talks to the node that owns the key's slot"
                        : KeylessClients.why(creation).orElse(null));
    }

    /** Calls that give a connection to the cluster node owning a slot, or to a node the cluster names. */
    private static final Set<String> NODE_ROUTES = Set.of("getConnectionFromSlot", "getConnectionFromNode");

    /**
     * {@code new Jedis(cluster.getConnectionFromSlot(slot))}: a client on the connection the cluster routes a slot
     * to, directly or through the local that holds it; the cluster-aware way to run a transaction on one node.
     */
    private static boolean routed(Expression creation) {
        List<Expression> arguments = creation instanceof ObjectCreationExpr o ? o.getArguments()
                : creation instanceof MethodCallExpr c ? c.getArguments() : List.of();
        for (Expression argument : arguments) {
            Expression given = argument;
            if (argument instanceof NameExpr name && Declaration.find(name.getNameAsString(), name).orElse(null)
                    instanceof Declaration.Local local && local.variable().getInitializer().isPresent()) {
                given = local.variable().getInitializer().get();
            }
            if (given.findFirst(MethodCallExpr.class, c -> NODE_ROUTES.contains(c.getNameAsString())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Endpoints and database named inside a creating expression, following locals and fields it refers to. */
    private static final class Endpoints {

        final KeyEvaluator evaluator;
        final Set<Endpoint> found = new LinkedHashSet<>();
        final List<String> counted = new ArrayList<>();
        boolean complete = true;
        Integer database;

        Endpoints(KeyEvaluator evaluator) {
            this.evaluator = evaluator;
        }

        void collect(Node node, int depth) {
            if (depth > MAX_DEPTH) {
                complete = false;
                return;
            }
            for (ObjectCreationExpr creation : node.findAll(ObjectCreationExpr.class)) {
                if (creation.getType().getNameAsString().equals("HostAndPort") && creation.getArguments().size() == 2) {
                    hostAndPort(creation.getArgument(0), creation.getArgument(1));
                }
            }
            for (MethodCallExpr call : node.findAll(MethodCallExpr.class)) {
                String method = call.getNameAsString();
                if ((method.equals("withDatabase") || method.equals("database")) && call.getArguments().size() == 1) {
                    evaluator.intConstant(call.getArgument(0)).ifPresent(n -> database = n);
                }
                if (method.equals("redis") && !call.getArguments().isEmpty()) {
                    OptionalInt port = call.getArguments().size() > 1 ? evaluator.intConstant(call.getArgument(1))
                            : OptionalInt.of(Endpoint.DEFAULT_PORT);
                    hostAndPort(call.getArgument(0), port);
                }
                if (NODE_COLLECTIONS.contains(method)) {
                    call.getArguments().forEach(argument -> {
                        follow(argument, depth);
                        hostColonPort(argument);
                        count(argument);
                    });
                }
            }
            for (Expression text : node.findAll(Expression.class, e -> e.isStringLiteralExpr()
                    || e.isBinaryExpr() || e.isNameExpr() || e.isFieldAccessExpr())) {
                uri(text);
            }
            if (node instanceof ObjectCreationExpr creation) {
                creation.getArguments().forEach(argument -> {
                    follow(argument, depth);
                    count(argument);
                });
            } else if (node instanceof MethodCallExpr call && call.getNameAsString().equals("create")) {
                call.getArguments().forEach(argument -> {
                    follow(argument, depth);
                    count(argument);
                });
            }
        }

        /** The nodes of a collection given as seeds, as written, when how many there are is known. */
        private void count(Expression argument) {
            if (counted.isEmpty() && evaluator.value(argument) instanceof Value.Elements elements
                    && elements.exhaustive() && !elements.elements().isEmpty()
                    && elements.elements().stream().noneMatch(dev.slotlint.key.KeyValue::variesPerElement)) {
                elements.elements().forEach(node -> counted.add(node.render()));
            }
        }

        /** A name given where nodes are expected: the local's initialiser and later {@code add}s, or a field. */
        private void follow(Expression argument, int depth) {
            if (!(argument instanceof NameExpr name)) {
                return;
            }
            Optional<Declaration> declaration = Declaration.find(name.getNameAsString(), name);
            if (declaration.isEmpty()) {
                return;
            }
            if (declaration.get() instanceof Declaration.Local local) {
                local.variable().getInitializer().ifPresent(init -> collect(init, depth + 1));
                local.variable().findAncestor(CallableDeclaration.class).ifPresent(method -> method.findAll(
                        MethodCallExpr.class, c -> c.getScope().filter(s -> s instanceof NameExpr n
                                && n.getNameAsString().equals(name.getNameAsString())).isPresent()
                                && (c.getNameAsString().equals("add") || c.getNameAsString().equals("addAll")))
                        .forEach(c -> collect(c, depth + 1)));
            } else if (declaration.get() instanceof Declaration.Field field && field.variable().getInitializer()
                    .isPresent()) {
                collect(field.variable().getInitializer().get(), depth + 1);
            } else if (isNodeCollection(declaration.get())) {
                complete = false;
            }
        }

        private static boolean isNodeCollection(Declaration declaration) {
            return declaration.type().map(t -> !t.asString().equals("String") && !t.asString().equals("int"))
                    .orElse(true);
        }

        /** The first (host, port) pair among a constructor's own arguments: {@code new Jedis("h", 6379)}. */
        void hostAndPortArguments(List<Expression> arguments) {
            for (int i = 0; i + 1 < arguments.size(); i++) {
                Value host = evaluator.value(arguments.get(i));
                OptionalInt port = evaluator.intConstant(arguments.get(i + 1));
                if (host instanceof Value.Single single && single.kind() == Value.Kind.STRING
                        && single.text().knownText().isPresent() && port.isPresent()
                        && !single.text().knownText().get().contains("://")) {
                    found.add(new Endpoint(single.text().knownText().get(), port.getAsInt()));
                    return;
                }
            }
            if (arguments.size() == 1 && evaluator.value(arguments.get(0)) instanceof Value.Single single
                    && single.kind() == Value.Kind.STRING) {
                single.text().knownText().filter(h -> !h.contains("://") && h.matches("[\\w.-]+"))
                        .ifPresent(h -> found.add(new Endpoint(h, Endpoint.DEFAULT_PORT)));
            }
        }

        private void hostAndPort(Expression hostExpression, Expression portExpression) {
            hostAndPort(hostExpression, evaluator.intConstant(portExpression));
        }

        private void hostAndPort(Expression hostExpression, OptionalInt port) {
            Optional<String> host = evaluator.value(hostExpression) instanceof Value.Single single
                    ? single.text().knownText() : Optional.empty();
            if (host.isPresent() && port.isPresent()) {
                found.add(new Endpoint(host.get(), port.getAsInt()));
            } else {
                complete = false;
            }
        }

        /** A node written {@code "host:port"}, as Spring's {@code RedisClusterConfiguration} takes them. */
        private void hostColonPort(Expression expression) {
            if (evaluator.value(expression) instanceof Value.Single single && single.kind() == Value.Kind.STRING) {
                single.text().knownText().filter(text -> HOST_COLON_PORT.matcher(text).matches())
                        .flatMap(Endpoint::parse).ifPresent(found::add);
            }
        }

        private void uri(Expression expression) {
            if (expression.getParentNode().orElse(null) instanceof com.github.javaparser.ast.expr.BinaryExpr) {
                return;
            }
            if (!(evaluator.value(expression) instanceof Value.Single single)) {
                return;
            }
            Optional<String> text = single.text().knownText();
            if (text.isPresent() && (text.get().startsWith("redis://") || text.get().startsWith("rediss://"))) {
                Endpoint.parse(text.get()).ifPresent(found::add);
                Endpoint.database(text.get()).ifPresent(n -> database = n);
            }
        }
    }
}

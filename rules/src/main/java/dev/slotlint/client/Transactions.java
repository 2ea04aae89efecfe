package dev.slotlint.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.KeyValue;
import dev.slotlint.key.Value;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.ExpressionTypes;
import dev.slotlint.source.Location;
import dev.slotlint.source.UnitNodes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Transactions the code runs on a client: {@code multi()}, the commands queued until {@code exec()}, and the keys
 * they touch. A cluster runs a transaction only when all its keys share one slot: otherwise EXEC answers CROSSSLOT.
 * Commands are followed on the transaction object (Jedis' {@code Transaction t = jedis.multi()}) or on the client
 * itself between {@code multi()} and {@code exec()} (Lettuce), also into the project's methods the transaction is
 * handed to.
 */
final class Transactions {

    /** How many of the project's methods deep queued commands are followed. */
    private static final int HELPER_DEPTH = 2;

    private final ClientCatalog catalog;

    Transactions(ClientCatalog catalog) {
        this.catalog = catalog;
    }

    /** The transactions one file runs. */
    List<Transaction> find(Path file, CompilationUnit unit, KeyEvaluator evaluator, ExpressionTypes types,
                           Map<Library, Version> versions) {
        List<Transaction> found = new ArrayList<>();
        for (MethodCallExpr multi : UnitNodes.of(unit).calls().stream().filter(Transactions::isMulti).toList()) {
            var at = multi.getName().getBegin().orElseThrow();
            transaction(multi, evaluator, types, versions, Map.of(), new Location(file, at.line, at.column),
                    List.of()).ifPresent(found::add);
        }
        return found;
    }

    /**
     * The transaction a helper method runs when one call of it binds its parameters: judged at that call, as the
     * caller's values make its keys.
     */
    public Optional<Transaction> atCall(MethodCallExpr multi, KeyEvaluator evaluator, ExpressionTypes types,
                                        Map<Library, Version> versions, Map<Node, Value> bindings, Location call,
                                        List<String> via) {
        return transaction(multi, evaluator, types, versions, bindings, call, via);
    }

    static boolean isMulti(MethodCallExpr call) {
        return call.getNameAsString().equals("multi") && call.getArguments().isEmpty() && call.getScope().isPresent();
    }

    private Optional<Transaction> transaction(MethodCallExpr multi, KeyEvaluator evaluator, ExpressionTypes types,
                                              Map<Library, Version> versions, Map<Node, Value> bindings,
                                              Location location, List<String> via) {
        Optional<ClientType> client = types.typeOf(multi.getScope().get()).flatMap(catalog::type);
        Optional<ClientCatalog.TransactionStyle> style = client.flatMap(c -> catalog.transactionStyle(c.javaType()));
        if (client.isEmpty() || style.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> receiver = receiver(multi, style.get());
        Optional<CallableDeclaration<?>> method = multi.findAncestor(CallableDeclaration.class)
                .map(m -> (CallableDeclaration<?>) m);
        if (receiver.isEmpty() || method.isEmpty()) {
            return Optional.empty();
        }
        List<Transaction.Queued> queued = new ArrayList<>();
        evaluator.forgetAssumptions();
        boolean complete = collect(method.get(), receiver.get(), multi, style.get(), client.get().library(),
                evaluator, types, bindings, 0, queued);
        return Optional.of(new Transaction(location, client.get(), versions.get(client.get().library()), queued,
                complete, evaluator.assumptions(), via));
    }

    /** The variable commands are queued on: the one {@code multi()}'s result is kept in, or the client's own. */
    private static Optional<Node> receiver(MethodCallExpr multi, ClientCatalog.TransactionStyle style) {
        if (style.style().equals("queue")) {
            return multi.getParentNode().filter(p -> p instanceof VariableDeclarator).map(p -> p);
        }
        Expression scope = multi.getScope().orElseThrow();
        return scope instanceof NameExpr name ? Declaration.find(name.getNameAsString(), name).map(Transactions::node)
                : Optional.empty();
    }

    /** Collects the commands queued on {@code receiver} in {@code method}; false when some keys are not known. */
    private boolean collect(CallableDeclaration<?> method, Node receiver, MethodCallExpr multi,
                            ClientCatalog.TransactionStyle style, Library library, KeyEvaluator evaluator,
                            ExpressionTypes types, Map<Node, Value> bindings, int depth,
                            List<Transaction.Queued> queued) {
        boolean complete = true;
        int from = multi == null ? 0 : position(multi);
        int until = multi == null || style.style().equals("queue") ? Integer.MAX_VALUE : end(method, receiver, multi,
                style);
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            int at = position(call);
            if (call == multi || at < from || at > until) {
                continue;
            }
            if (call.getScope().isPresent() && refersTo(call.getScope().get(), receiver)) {
                String name = call.getNameAsString();
                if (style.ends().contains(name) || name.equals("multi") || catalog.takesNoKey(library, name)) {
                    continue;
                }
                List<KeyValue> keys = keysOf(call, library, evaluator, types, bindings);
                if (keys == null) {
                    complete = false;
                } else {
                    var begin = call.getName().getBegin().orElseThrow();
                    queued.add(new Transaction.Queued(name, keys, begin.line));
                }
            } else if (depth < HELPER_DEPTH) {
                complete &= intoHelper(call, receiver, style, library, evaluator, types, bindings, depth, queued);
            }
        }
        return complete;
    }

    /** A project method of this class that the receiver is handed to: its commands on that parameter count too. */
    private boolean intoHelper(MethodCallExpr call, Node receiver, ClientCatalog.TransactionStyle style,
                               Library library, KeyEvaluator evaluator, ExpressionTypes types,
                               Map<Node, Value> bindings, int depth, List<Transaction.Queued> queued) {
        int index = -1;
        for (int i = 0; i < call.getArguments().size(); i++) {
            if (refersTo(call.getArgument(i), receiver)) {
                index = i;
            }
        }
        if (index < 0 || call.getScope().isPresent() && !(call.getScope().get() instanceof ThisExpr)) {
            return true;
        }
        Optional<TypeDeclaration<?>> owner = call.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isEmpty()) {
            return true;
        }
        boolean complete = true;
        for (MethodDeclaration helper : owner.get().getMethodsByName(call.getNameAsString())) {
            if (helper.getParameters().size() != call.getArguments().size() || helper.getBody().isEmpty()) {
                continue;
            }
            List<Value> arguments = new ArrayList<>();
            call.getArguments().forEach(argument -> arguments.add(evaluator.value(argument, bindings)));
            Map<Node, Value> inner = evaluator.bindParameters(helper.getParameters(), arguments);
            complete &= collect(helper, helper.getParameter(index), null, style, library, evaluator, types, inner,
                    depth + 1, queued);
        }
        return complete;
    }

    /** The keys of one queued command: where the catalog says for multi-key commands, else its first argument. */
    private List<KeyValue> keysOf(MethodCallExpr call, Library library, KeyEvaluator evaluator,
                                  ExpressionTypes types, Map<Node, Value> bindings) {
        if (call.getArguments().isEmpty()) {
            return List.of();
        }
        Optional<Command> command = catalog.command(library, call.getNameAsString());
        if (command.isPresent()) {
            Optional<CallFinder.KeyList> keys = CallFinder.keysOf(command.get(), call, evaluator, bindings, types);
            return keys.filter(CallFinder.KeyList::complete).map(CallFinder.KeyList::keys).orElse(null);
        }
        Value first = evaluator.value(call.getArgument(0), bindings);
        if (first instanceof Value.Single single && (single.kind() == Value.Kind.STRING
                || single.kind() == Value.Kind.BYTES)) {
            return List.of(evaluator.keyOf(single));
        }
        return null;
    }

    /** Where the transaction ends: the first end method called on the receiver after {@code multi()}. */
    private static int end(CallableDeclaration<?> method, Node receiver, MethodCallExpr multi,
                           ClientCatalog.TransactionStyle style) {
        int from = position(multi);
        return method.findAll(MethodCallExpr.class, c -> style.ends().contains(c.getNameAsString())
                        && c.getScope().isPresent() && refersTo(c.getScope().get(), receiver) && position(c) > from)
                .stream().mapToInt(Transactions::position).min().orElse(Integer.MAX_VALUE);
    }

    private static boolean refersTo(Expression expression, Node variable) {
        return expression instanceof NameExpr name && Declaration.find(name.getNameAsString(), name)
                .map(Transactions::node).filter(n -> n == variable).isPresent();
    }

    private static Node node(Declaration declaration) {
        if (declaration instanceof Declaration.Local local) {
            return local.variable();
        }
        if (declaration instanceof Declaration.Param param) {
            return param.parameter();
        }
        if (declaration instanceof Declaration.Field field) {
            return field.variable();
        }
        return null;
    }

    /** A position that orders calls as they are written: line, then column. */
    private static int position(Node node) {
        return node.getBegin().map(p -> p.line * 10_000 + p.column).orElse(0);
    }
}


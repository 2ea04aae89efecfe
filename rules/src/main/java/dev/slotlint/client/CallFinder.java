package dev.slotlint.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.KeyValue;
import dev.slotlint.key.Value;
import dev.slotlint.source.ExpressionTypes;
import dev.slotlint.source.Location;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the calls of catalogued commands on Redis clients in one compilation unit, with their keys evaluated. */
public final class CallFinder {

    private final ClientCatalog catalog;

    public CallFinder(ClientCatalog catalog) {
        this.catalog = catalog;
    }

    public List<CommandCall> find(Path file, CompilationUnit unit, KeyEvaluator evaluator) {
        ExpressionTypes types = evaluator.expressionTypes(unit, catalog::returnType);
        List<CommandCall> calls = new ArrayList<>();
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            Optional<Expression> scope = call.getScope();
            if (scope.isEmpty()) {
                continue;
            }
            Optional<ClientType> client = types.typeOf(scope.get()).flatMap(catalog::type);
            if (client.isEmpty()) {
                continue;
            }
            Optional<Command> command = catalog.command(client.get().library(), call.getNameAsString());
            if (command.isEmpty()) {
                continue;
            }
            bind(command.get(), call.getArguments(), evaluator).ifPresent(binding -> {
                List<KeyValue> keys = new ArrayList<>();
                boolean complete = binding.complete();
                for (KeyArgument argument : binding.keys()) {
                    complete &= addKeys(argument, evaluator, keys);
                }
                var at = call.getName().getBegin().orElseThrow();
                calls.add(new CommandCall(new Location(file, at.line, at.column), client.get(), command.get(),
                        call.getNameAsString(), keys, complete));
            });
        }
        return calls;
    }

    /** Adds the keys one argument holds; false when it holds keys that could not be enumerated. */
    private static boolean addKeys(KeyArgument argument, KeyEvaluator evaluator, List<KeyValue> keys) {
        if (argument.form() == KeyArgument.Form.SINGLE) {
            keys.add(evaluator.key(argument.expression()));
            return true;
        }
        Value.Elements elements = evaluator.elements(argument.expression());
        List<KeyValue> values = elements.elements();
        if (argument.form() == KeyArgument.Form.EVEN_ELEMENTS) {
            if (!elements.exhaustive()) {
                return false;
            }
            for (int i = 0; i < values.size(); i += 2) {
                keys.add(values.get(i));
            }
        } else {
            keys.addAll(values);
        }
        return elements.exhaustive();
    }

    private static Optional<KeyArgument.Binding> bind(Command command, List<Expression> arguments,
                                                      KeyEvaluator evaluator) {
        for (KeyLayout layout : command.layouts()) {
            if (layout.acceptsArity(arguments.size())) {
                return Optional.of(KeyArgument.bind(layout, arguments,
                        e -> evaluator.intConstant(e).orElse(-1)));
            }
        }
        return Optional.empty();
    }
}

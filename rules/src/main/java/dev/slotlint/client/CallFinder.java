package dev.slotlint.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.KeyValue;
import dev.slotlint.source.ExpressionTypes;
import dev.slotlint.source.Location;
import dev.slotlint.source.TypeNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the calls of catalogued commands on Redis clients in one compilation unit. */
public final class CallFinder {

    private final ClientCatalog catalog;

    public CallFinder(ClientCatalog catalog) {
        this.catalog = catalog;
    }

    public List<CommandCall> find(Path file, CompilationUnit unit) {
        TypeNames names = new TypeNames(unit, fqn -> catalog.type(fqn).isPresent());
        ExpressionTypes types = new ExpressionTypes(names, catalog::returnType);
        KeyEvaluator evaluator = new KeyEvaluator();
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
            bind(command.get(), call.getArguments()).ifPresent(binding -> {
                List<KeyValue> keys = new ArrayList<>();
                boolean complete = binding.complete();
                for (KeyArgument argument : binding.keys()) {
                    if (argument.form() == KeyArgument.Form.SINGLE) {
                        keys.add(evaluator.evaluate(argument.expression()));
                    } else {
                        Optional<List<KeyValue>> elements = evaluator.elements(argument.expression());
                        if (elements.isPresent()) {
                            List<KeyValue> values = elements.get();
                            for (int i = 0; i < values.size(); i++) {
                                if (argument.form() != KeyArgument.Form.EVEN_ELEMENTS || i % 2 == 0) {
                                    keys.add(values.get(i));
                                }
                            }
                        } else {
                            complete = false;
                        }
                    }
                }
                var at = call.getName().getBegin().orElseThrow();
                calls.add(new CommandCall(new Location(file, at.line, at.column), client.get(), command.get(),
                        call.getNameAsString(), keys, complete));
            });
        }
        return calls;
    }

    private static Optional<KeyArgument.Binding> bind(Command command, List<Expression> arguments) {
        for (KeyLayout layout : command.layouts()) {
            if (layout.acceptsArity(arguments.size())) {
                return Optional.of(KeyArgument.bind(layout, arguments,
                        e -> e instanceof IntegerLiteralExpr i ? i.asNumber().intValue() : -1));
            }
        }
        return Optional.empty();
    }
}

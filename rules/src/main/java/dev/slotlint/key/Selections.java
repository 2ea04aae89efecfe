package dev.slotlint.key;

import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.YieldStmt;

import java.util.ArrayList;
import java.util.List;

/** Values chosen among several: a switch expression's arms, an array's element at a known index. */
final class Selections {

    private final KeyEvaluator evaluator;

    Selections(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    Value switchExpression(SwitchExpr switchExpr, Env env) {
        List<Value> arms = new ArrayList<>();
        for (SwitchEntry entry : switchExpr.getEntries()) {
            if (entry.getType() == SwitchEntry.Type.EXPRESSION && entry.getStatements().size() == 1
                    && entry.getStatements().get(0) instanceof ExpressionStmt statement) {
                arms.add(evaluator.eval(statement.getExpression(), env));
            } else {
                for (YieldStmt yield : entry.findAll(YieldStmt.class)) {
                    arms.add(evaluator.eval(yield.getExpression(), env));
                }
            }
        }
        return arms.isEmpty() ? evaluator.unknown(switchExpr, env) : evaluator.values.join(arms, switchExpr, env);
    }

    Value arrayAccess(ArrayAccessExpr access, Env env) {
        Value array = evaluator.eval(access.getName(), env);
        Value index = evaluator.eval(access.getIndex(), env);
        if (array instanceof Value.Elements elements && elements.exhaustive()
                && index instanceof Value.Single i && i.constant() instanceof Long position
                && position >= 0 && position < elements.elements().size()) {
            KeyValue element = elements.elements().get(position.intValue());
            return new Value.Single(element, Value.Kind.STRING, element.knownText().orElse(null));
        }
        return evaluator.unknown(access, env);
    }
}

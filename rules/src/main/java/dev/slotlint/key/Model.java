package dev.slotlint.key;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

/**
 * What some library methods give, computed from the values of their receiver and arguments: the JDK's strings,
 * builders, collections and streams, Guava's, Jedis' encoders. The evaluator asks its models in turn; the first that
 * knows the call answers. Each answer is null when the model does not know the call.
 */
interface Model {

    /** The value of a static call {@code owner.method(..)}, the owner fully qualified. */
    default Value staticCall(String owner, MethodCallExpr call, Env env) {
        return null;
    }

    /** The value of a call on a receiver whose value is known to be {@code receiver}. */
    default Value instanceCall(Value receiver, MethodCallExpr call, Env env) {
        return null;
    }

    /** The value of {@code new type(..)}, the type fully qualified. */
    default Value creation(String type, ObjectCreationExpr creation, Env env) {
        return null;
    }
}

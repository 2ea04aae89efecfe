package dev.slotlint.key;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.util.Optional;
import java.util.Set;

/**
 * Lua scripts as the objects that carry them to EVAL: Spring Data Redis' {@code RedisScript.of(..)} and
 * {@code DefaultRedisScript} (its constructors and its setters), the script sources it reads, and the SHA that
 * {@code scriptLoad(script)} gives for {@code evalsha}. Each is a value whose text is the script's, so that the
 * script's keys can be read wherever it is run.
 */
final class Scripts implements Model {

    /** The constant of a script object: its text is the script's (unknown until a setter gives it). */
    record Script() {
    }

    /** The constant of the SHA {@code scriptLoad} returns: its text is the script loaded. */
    record Loaded() {
    }

    static final Script SCRIPT = new Script();
    static final Loaded LOADED = new Loaded();

    private static final String REDIS_SCRIPT = "org.springframework.data.redis.core.script.RedisScript";
    /** Types whose constructor's first argument is the script (its text, or a resource holding it). */
    private static final Set<String> CARRIERS = Set.of("DefaultRedisScript", "ResourceScriptSource",
            "StaticScriptSource");
    /** Setters of {@code DefaultRedisScript} that give it its script. */
    private static final Set<String> SETTERS = Set.of("setScriptText", "setLocation", "setScriptSource");
    /** Methods of a script object that leave its script as it is. */
    private static final Set<String> KEEPING = Set.of("setResultType", "afterPropertiesSet", "setSha1");

    private final KeyEvaluator evaluator;

    Scripts(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Value staticCall(String owner, MethodCallExpr call, Env env) {
        if (owner.equals(REDIS_SCRIPT) && call.getNameAsString().equals("of") && !call.getArguments().isEmpty()) {
            return script(evaluator.eval(call.getArgument(0), env), call, env);
        }
        return null;
    }

    @Override
    public Value creation(String type, ObjectCreationExpr creation, Env env) {
        if (!CARRIERS.contains(type.substring(type.lastIndexOf('.') + 1))) {
            return null;
        }
        NodeList<Expression> arguments = creation.getArguments();
        return arguments.isEmpty() ? unknownScript(creation, env)
                : script(evaluator.eval(arguments.get(0), env), creation, env);
    }

    @Override
    public Value instanceCall(Value receiver, MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        if (method.equals("scriptLoad") && !call.getArguments().isEmpty()
                && evaluator.eval(call.getArgument(0), env) instanceof Value.Single script
                && script.text().knownText().isPresent()) {
            return new Value.Single(script.text(), Value.Kind.OTHER, LOADED);
        }
        if (!(receiver instanceof Value.Single single && single.constant() instanceof Script)) {
            return null;
        }
        if (method.equals("getScriptAsString")) {
            return new Value.Single(single.text(), Value.Kind.STRING, single.text().knownText().orElse(null));
        }
        return setter(single, call, env);
    }

    /** What a call on a script object held in a variable makes of it; null when the call is not known. */
    Value setter(Value.Single script, MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        if (SETTERS.contains(method) && call.getArguments().size() == 1) {
            return script(evaluator.eval(call.getArgument(0), env), call, env);
        }
        return KEEPING.contains(method) ? script : null;
    }

    /** A script object whose text is the value given (a script's text, a resource read, another script object). */
    private Value script(Value given, Node where, Env env) {
        if (given instanceof Value.Single single && (single.constant() instanceof Script
                || single.kind() == Value.Kind.STRING)) {
            return new Value.Single(single.text(), Value.Kind.OTHER, SCRIPT);
        }
        return unknownScript(where, env);
    }

    private Value unknownScript(Node where, Env env) {
        return new Value.Single(KeyValue.unknown(evaluator.symbols.symbolFor(where, env)), Value.Kind.OTHER, SCRIPT);
    }

    static boolean isScript(Value.Single value) {
        return value.constant() instanceof Script;
    }

    /** See {@link KeyEvaluator#scriptText}. */
    static Optional<String> text(Value value) {
        if (!(value instanceof Value.Single single)) {
            return Optional.empty();
        }
        if (single.constant() instanceof Script || single.constant() instanceof Loaded) {
            return single.text().knownText();
        }
        return single.kind() == Value.Kind.STRING ? single.text().knownText()
                .filter(text -> !SHA1.matcher(text).matches()) : Optional.empty();
    }

    private static final java.util.regex.Pattern SHA1 = java.util.regex.Pattern.compile("\\s*[0-9a-fA-F]{40}\\s*");
}

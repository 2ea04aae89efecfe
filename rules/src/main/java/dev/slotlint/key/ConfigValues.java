package dev.slotlint.key;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Values the project's configuration gives: {@code @Value("${app.cache.prefix}")} and
 * {@code @Value("${app.lock.prefix:shop:lock}")} on fields and parameters, {@code environment.getProperty("a.b",
 * "dflt")}. A setting is read from the project's Spring files (every profile: where they differ, each value is an
 * alternative), else its default is taken, and the findings say so.
 */
final class ConfigValues implements Model {

    /** The project's settings. */
    interface Source {

        /** The distinct values a setting has across the project's configuration files, none when it is not set. */
        List<String> values(String key);

        Source NONE = key -> List.of();
    }

    private static final Set<String> PROPERTY_RESOLVERS = Set.of("org.springframework.core.env.Environment",
            "org.springframework.core.env.ConfigurableEnvironment", "org.springframework.core.env.PropertyResolver",
            "org.springframework.core.env.StandardEnvironment");

    private final KeyEvaluator evaluator;
    private final Source source;

    ConfigValues(KeyEvaluator evaluator, Source source) {
        this.evaluator = evaluator;
        this.source = source;
    }

    /**
     * The value {@code @Value} injects into a field or parameter, when it carries one with a placeholder; for a
     * field of a {@code @ConfigurationProperties} class, the setting it is bound to.
     */
    Optional<Value> injected(NodeWithAnnotations<?> annotated, Node where, Env env) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
            if (!annotation.getName().getIdentifier().equals("Value")) {
                continue;
            }
            Expression member = member(annotation, "value");
            if (member != null && evaluator.eval(member, env) instanceof Value.Single text
                    && text.text().knownText().filter(t -> t.contains("${")).isPresent()) {
                return Optional.of(resolve(text.text().knownText().get(), where, env));
            }
        }
        if (annotated instanceof FieldDeclaration field && !field.isStatic()
                && where instanceof VariableDeclarator variable) {
            return bound(field, variable, env);
        }
        return Optional.empty();
    }

    /**
     * A field of a {@code @ConfigurationProperties("app.cache")} class: the setting {@code app.cache.key-prefix}
     * (or {@code app.cache.keyPrefix}) when the configuration sets it, else the field's initial value, which the
     * findings then say they assumed.
     */
    private Optional<Value> bound(FieldDeclaration field, VariableDeclarator variable, Env env) {
        Optional<AnnotationExpr> properties = field.getParentNode().filter(TypeDeclaration.class::isInstance)
                .flatMap(owner -> ((TypeDeclaration<?>) owner).getAnnotationByName("ConfigurationProperties"));
        Optional<String> prefix = properties.map(annotation -> {
            Expression value = member(annotation, "prefix");
            return value != null ? value : member(annotation, "value");
        }).filter(Expression::isStringLiteralExpr).map(e -> e.asStringLiteralExpr().getValue());
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        String name = variable.getNameAsString();
        String kebab = prefix.get() + "." + name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String key = source.values(kebab).isEmpty() && !source.values(prefix.get() + "." + name).isEmpty()
                ? prefix.get() + "." + name : kebab;
        String initial = variable.getInitializer().filter(Expression::isStringLiteralExpr)
                .map(e -> e.asStringLiteralExpr().asString()).orElse(null);
        if (source.values(key).isEmpty() && initial == null) {
            return Optional.empty();
        }
        return Optional.of(setting(key, initial, variable, env, true));
    }

    /** An annotation's member: its single value, or the named one. */
    private static Expression member(AnnotationExpr annotation, String name) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return name.equals("value") || name.equals("prefix") ? single.getMemberValue() : null;
        }
        return annotation instanceof NormalAnnotationExpr normal ? normal.getPairs().stream()
                .filter(p -> p.getNameAsString().equals(name)).map(p -> p.getValue()).findFirst().orElse(null)
                : null;
    }

    /** {@code environment.getProperty(key[, default])}. */
    @Override
    public Value instanceCall(Value receiver, MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        if (!(method.equals("getProperty") || method.equals("getRequiredProperty"))
                || call.getArguments().isEmpty() || call.getArguments().size() > 2
                || evaluator.resolver.typeOf(call.getScope().orElseThrow()).filter(PROPERTY_RESOLVERS::contains)
                .isEmpty()) {
            return null;
        }
        Value key = evaluator.eval(call.getArgument(0), env);
        if (!(key instanceof Value.Single k) || k.text().knownText().isEmpty()) {
            return null;
        }
        String fallback = null;
        if (call.getArguments().size() == 2) {
            Value second = evaluator.eval(call.getArgument(1), env);
            if (!(second instanceof Value.Single d) || d.text().knownText().isEmpty() || d.kind() == Value.Kind.NULL) {
                return setting(k.text().knownText().get(), null, call, env, false);
            }
            fallback = d.text().knownText().get();
        }
        return setting(k.text().knownText().get(), fallback, call, env, true);
    }

    /** Text with {@code ${key}} and {@code ${key:default}} placeholders, as Spring resolves it. */
    Value resolve(String text, Node where, Env env) {
        Value result = Value.Single.ofString("");
        int at = 0;
        while (at < text.length()) {
            int start = text.indexOf("${", at);
            int end = start < 0 ? -1 : closing(text, start + 2);
            if (start < 0 || end < 0) {
                // Spring leaves text without a (closed) placeholder as it is
                result = concat(result, Value.Single.ofString(text.substring(at)), where, env);
                break;
            }
            result = concat(result, Value.Single.ofString(text.substring(at, start)), where, env);
            String inside = text.substring(start + 2, end);
            int separator = separator(inside);
            String key = separator < 0 ? inside : inside.substring(0, separator);
            String fallback = separator < 0 ? null : inside.substring(separator + 1);
            result = concat(result, setting(key, fallback, where, env, true), where, env);
            at = end + 1;
        }
        return result;
    }

    private Value setting(String key, String fallback, Node where, Env env, boolean fallbackUsable) {
        List<String> values = source.values(key);
        if (!values.isEmpty()) {
            List<Value> alternatives = new ArrayList<>();
            for (String value : new LinkedHashSet<>(values)) {
                alternatives.add(value.contains("${") ? resolve(value, where, env) : Value.Single.ofString(value));
            }
            return alternatives.size() == 1 ? alternatives.get(0) : evaluator.values.join(alternatives, where, env);
        }
        if (fallback != null && fallbackUsable) {
            evaluator.assume(key + " is not set in the project's configuration, so its default \"" + fallback
                    + "\" is used");
            return fallback.contains("${") ? resolve(fallback, where, env) : Value.Single.ofString(fallback);
        }
        return Value.Single.unknown(Symbol.of("config:" + key, key), Value.Kind.STRING);
    }

    private Value concat(Value left, Value right, Node where, Env env) {
        return evaluator.plus(left, right, where instanceof Expression e ? e : null, env);
    }

    /** The index of the {@code }} that closes a placeholder opened just before {@code from}, or -1. */
    private static int closing(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first {@code :} outside nested placeholders: what separates the key from its default. */
    private static int separator(String inside) {
        int depth = 0;
        for (int i = 0; i < inside.length(); i++) {
            if (inside.startsWith("${", i)) {
                depth++;
                i++;
            } else if (inside.charAt(i) == '}') {
                depth--;
            } else if (inside.charAt(i) == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}

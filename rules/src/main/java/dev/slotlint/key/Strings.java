package dev.slotlint.key;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code String} and its relatives: {@code valueOf} and the boxes' {@code toString}, {@code format} and
 * {@code formatted}, {@code join}, the string methods that keep a key computable, {@code getBytes} and
 * {@code new String(bytes)}, Jedis' {@code SafeEncoder.encode}.
 */
final class Strings implements Model {

    private final KeyEvaluator evaluator;

    Strings(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Value staticCall(String owner, MethodCallExpr call, Env env) {
        NodeList<Expression> arguments = call.getArguments();
        String key = owner + "#" + call.getNameAsString();
        switch (key) {
            case "java.lang.String#valueOf", "java.lang.String#copyValueOf", "java.util.Objects#toString",
                 "java.lang.Integer#toString", "java.lang.Long#toString", "java.lang.Short#toString",
                 "java.lang.Byte#toString", "java.lang.Double#toString", "java.lang.Float#toString",
                 "java.lang.Boolean#toString", "java.lang.Character#toString" -> {
                if (arguments.size() == 1) {
                    return evaluator.values.asText(evaluator.eval(arguments.get(0), env), call, env);
                }
                if (key.equals("java.lang.Integer#toString") || key.equals("java.lang.Long#toString")) {
                    return radix(evaluator.eval(arguments.get(0), env), evaluator.eval(arguments.get(1), env), call,
                            env);
                }
                return null;
            }
            case "java.lang.String#format" -> {
                int first = arguments.size() > 0 && looksLikeLocale(arguments.get(0)) ? 1 : 0;
                return format(evaluator.eval(arguments.get(first), env), arguments.subList(first + 1,
                        arguments.size()), call, env);
            }
            case "java.lang.String#join" -> {
                return join(evaluator.eval(arguments.get(0), env), arguments.subList(1, arguments.size()), call, env);
            }
            case "redis.clients.jedis.util.SafeEncoder#encode" -> {
                if (arguments.isEmpty()) {
                    return null;
                }
                Value value = evaluator.eval(arguments.get(0), env);
                return value instanceof Value.Single single
                        ? new Value.Single(single.text(), Value.Kind.BYTES, single.constant()) : value;
            }
            default -> {
                return null;
            }
        }
    }

    @Override
    public Value instanceCall(Value receiver, MethodCallExpr call, Env env) {
        if (!(receiver instanceof Value.Single single)) {
            return null;
        }
        if (single.kind() == Value.Kind.STRING || single.kind() == Value.Kind.BYTES) {
            return stringMethod(single, call, env);
        }
        if (call.getNameAsString().equals("toString") && call.getArguments().isEmpty()
                && single.kind() != Value.Kind.OTHER) {
            return evaluator.values.asText(single, call, env);
        }
        return null;
    }

    @Override
    public Value creation(String type, ObjectCreationExpr creation, Env env) {
        NodeList<Expression> arguments = creation.getArguments();
        if (type.equals("java.lang.String") && (arguments.size() == 1 || arguments.size() == 2
                && arguments.get(1).toString().matches(".*(UTF_8|UTF-8|utf-8|US_ASCII|ISO_8859_1|Charset.*)"))) {
            Value bytes = evaluator.eval(arguments.get(0), env);
            if (bytes instanceof Value.Single single && single.text().knownText().isPresent()) {
                return evaluator.values.asText(single, creation, env);
            }
        }
        return null;
    }

    private Value stringMethod(Value.Single text, MethodCallExpr call, Env env) {
        String method = call.getNameAsString();
        NodeList<Expression> arguments = call.getArguments();
        Optional<String> known = text.text().knownText();
        switch (method) {
            case "toString", "intern", "toCharArray" -> {
                return arguments.isEmpty() ? text : null;
            }
            case "readAllBytes", "getInputStream", "openStream", "getContentAsString" -> {
                return text;
            }
            case "concat" -> {
                return arguments.size() == 1 ? evaluator.plus(text, evaluator.values.asText(
                        evaluator.eval(arguments.get(0), env), call, env), call, env) : null;
            }
            case "getBytes" -> {
                if (arguments.isEmpty() || isUtf8Compatible(arguments.get(0), known)) {
                    return new Value.Single(text.text(), Value.Kind.BYTES, text.constant());
                }
                return Value.Single.unknown(evaluator.symbols.symbolFor(call, env), Value.Kind.BYTES);
            }
            case "formatted" -> {
                return format(text, arguments, call, env);
            }
            case "isEmpty", "isBlank" -> {
                return arguments.isEmpty() ? emptiness(text.text(), method.equals("isBlank")) : null;
            }
            default -> {
            }
        }
        if (method.equals("equals") && arguments.size() == 1) {
            Value other = evaluator.eval(arguments.get(0), env);
            Boolean emptyAgainstUnknown = emptyAgainstUnknown(text.text(), other);
            if (emptyAgainstUnknown != null) {
                return new Value.Single(KeyValue.text("false"), Value.Kind.BOOLEAN, false);
            }
        }
        if (known.isEmpty()) {
            return null;
        }
        List<Object> constants = new ArrayList<>();
        for (Value value : evaluator.arguments(call, env)) {
            if (!(value instanceof Value.Single single) || single.constant() == null) {
                return null;
            }
            constants.add(single.constant());
        }
        String s = known.get();
        checkLength(method, s, constants);
        Boolean test = switch (method) {
            case "startsWith" -> constants.size() == 1 ? s.startsWith(String.valueOf(constants.get(0))) : null;
            case "endsWith" -> constants.size() == 1 ? s.endsWith(String.valueOf(constants.get(0))) : null;
            case "contains" -> constants.size() == 1 ? s.contains(String.valueOf(constants.get(0))) : null;
            case "equals" -> constants.size() == 1 ? s.equals(constants.get(0)) : null;
            default -> null;
        };
        if (test != null) {
            return new Value.Single(KeyValue.text(test.toString()), Value.Kind.BOOLEAN, test);
        }
        try {
            String result = switch (method) {
                case "trim" -> s.trim();
                case "strip" -> s.strip();
                case "toLowerCase" -> s.toLowerCase(Locale.ROOT);
                case "toUpperCase" -> s.toUpperCase(Locale.ROOT);
                case "substring" -> constants.size() == 1 ? s.substring(toInt(constants.get(0)))
                        : s.substring(toInt(constants.get(0)), toInt(constants.get(1)));
                case "replace" -> s.replace(String.valueOf(constants.get(0)), String.valueOf(constants.get(1)));
                case "repeat" -> s.repeat(toInt(constants.get(0)));
                default -> null;
            };
            return result == null ? null : Value.Single.ofString(result);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether text is empty (or blank): known text says; an unknown value is taken to be there, not empty, as the
     * analysis takes an unknown id in a key to be; alternatives that disagree leave it unknown.
     */
    private static Value emptiness(KeyValue text, boolean blank) {
        Boolean answer = null;
        for (List<Part> alternative : text.alternatives()) {
            boolean empty = alternative.stream().allMatch(p -> p instanceof Part.Text t
                    && (blank ? t.text().isBlank() : t.text().isEmpty()));
            if (answer != null && answer != empty) {
                return null;
            }
            answer = empty;
        }
        return answer == null ? null : new Value.Single(KeyValue.text(answer.toString()), Value.Kind.BOOLEAN, answer);
    }

    /**
     * {@code "".equals(id)} with an unknown id, or the other way round: not equal, as the analysis takes an unknown
     * value to be there; null when that is not the case at hand.
     */
    private static Boolean emptyAgainstUnknown(KeyValue text, Value other) {
        if (!(other instanceof Value.Single single) || single.kind() != Value.Kind.STRING) {
            return null;
        }
        boolean thisEmpty = text.knownText().filter(String::isEmpty).isPresent();
        boolean otherEmpty = single.text().knownText().filter(String::isEmpty).isPresent();
        return thisEmpty && nonEmpty(single.text()) && single.text().knownText().isEmpty()
                || otherEmpty && nonEmpty(text) && text.knownText().isEmpty() ? Boolean.FALSE : null;
    }

    /** Whether every alternative holds something: known text, or an unknown value, which is taken to be there. */
    private static boolean nonEmpty(KeyValue text) {
        return text.alternatives().stream().allMatch(parts -> parts.stream()
                .anyMatch(p -> p instanceof Part.Unknown || p instanceof Part.Text t && !t.text().isEmpty()));
    }

    /** Refuses, before building it, a text longer than a value may be ({@code "k".repeat(400_000_000)}). */
    private static void checkLength(String method, String s, List<Object> constants) {
        long length = 0;
        if (method.equals("repeat") && constants.size() == 1 && constants.get(0) instanceof Number count) {
            length = s.length() * Math.max(0, count.longValue());
        } else if (method.equals("replace") && constants.size() == 2) {
            String target = String.valueOf(constants.get(0));
            String replacement = String.valueOf(constants.get(1));
            if (replacement.length() > target.length()) {
                long occurrences = target.isEmpty() ? s.length() + 1L : 0;
                for (int at = target.isEmpty() ? -1 : s.indexOf(target); at >= 0; at = s.indexOf(target, at + target.length())) {
                    occurrences++;
                }
                length = s.length() + occurrences * (replacement.length() - target.length());
            }
        }
        if (length > KeyValue.MAX_LENGTH) {
            throw KeyValue.TooLarge.characters(length);
        }
    }

    private static int toInt(Object constant) {
        return ((Number) constant).intValue();
    }

    /** Whether {@code getBytes(charset)} gives the same bytes Redis clients would send for this text. */
    private static boolean isUtf8Compatible(Expression charset, Optional<String> text) {
        String written = charset.toString();
        if (written.contains("UTF_8") || written.matches("\"(?i)utf-?8\"")) {
            return true;
        }
        boolean ascii = text.isPresent() && StandardCharsets.US_ASCII.newEncoder().canEncode(text.get());
        return ascii && (written.contains("US_ASCII") || written.contains("ISO_8859_1")
                || written.matches("\"(?i)(us-ascii|iso-8859-1|latin1)\""));
    }

    private static boolean looksLikeLocale(Expression argument) {
        String text = argument.toString();
        return text.startsWith("Locale.") || text.startsWith("java.util.Locale.") || text.contains("Locale(")
                || text.startsWith("Locale ");
    }

    private Value format(Value formatValue, List<Expression> argumentExpressions, Expression where, Env env) {
        if (!(formatValue instanceof Value.Single format) || format.text().knownText().isEmpty()) {
            return evaluator.unknown(where, env);
        }
        List<Value> values = new ArrayList<>();
        for (Expression argument : argumentExpressions) {
            values.add(evaluator.eval(argument, env));
        }
        if (values.size() == 1 && values.get(0) instanceof Value.Elements array && array.exhaustive()
                && argumentExpressions.get(0) instanceof ArrayCreationExpr) {
            values = new ArrayList<>();
            for (KeyValue element : array.elements()) {
                values.add(new Value.Single(element, Value.Kind.STRING, element.knownText().orElse(null)));
            }
        }
        KeyValue result = Formats.format(format.text().knownText().get(), values,
                evaluator.symbols.lazily(where, env));
        if (result == null) {
            return evaluator.unknown(where, env);
        }
        return new Value.Single(result, Value.Kind.STRING, result.knownText().orElse(null));
    }

    /** {@code String.join(separator, parts...)} or over one collection; also Guava's {@code Joiner}. */
    Value join(Value separatorValue, List<Expression> parts, Expression where, Env env) {
        if (!(separatorValue instanceof Value.Single separator)) {
            return evaluator.unknown(where, env);
        }
        List<KeyValue> pieces = new ArrayList<>();
        if (parts.size() == 1) {
            Value only = evaluator.eval(parts.get(0), env);
            if (only instanceof Value.Elements elements) {
                if (!elements.exhaustive()) {
                    return evaluator.unknown(where, env);
                }
                pieces.addAll(elements.elements());
            } else {
                pieces.add(evaluator.values.asText(only, where, env).text());
            }
        } else {
            for (Expression part : parts) {
                pieces.add(evaluator.values.asText(evaluator.eval(part, env), where, env).text());
            }
        }
        Supplier<Symbol> whole = evaluator.symbols.lazily(where, env);
        KeyValue result = KeyValue.text("");
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                result = result.concat(separator.text(), whole);
            }
            result = result.concat(pieces.get(i), whole);
        }
        return new Value.Single(result, Value.Kind.STRING, result.knownText().orElse(null));
    }

    private Value radix(Value number, Value radix, Expression where, Env env) {
        if (number instanceof Value.Single n && n.constant() instanceof Long value
                && radix instanceof Value.Single r && r.constant() instanceof Long base) {
            return Value.Single.ofString(Long.toString(value, base.intValue()));
        }
        return Value.Single.unknown(evaluator.symbols.symbolFor(where, env), Value.Kind.LONG);
    }
}

package dev.slotlint.key;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Conversions every part of the evaluator shares: values as text and as keys, alternatives, Java type families. */
final class Values {

    /** JDK types a file may name through an on-demand import such as {@code java.util.*}. */
    static final Map<String, String> JDK_TYPES = jdkTypes();

    private static final Set<String> NUMBER_TYPES = Set.of(
            "int", "long", "short", "byte", "double", "float", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "Integer", "Long", "Short",
            "Byte", "Double", "Float", "java.util.UUID", "UUID", "boolean", "java.lang.Boolean", "Boolean");
    private static final Set<String> COLLECTION_INTERFACES = Set.of("List", "Set", "Collection", "Iterable",
            "Map", "SortedSet", "NavigableSet", "Queue", "Deque", "SortedMap", "NavigableMap");

    private final KeyEvaluator evaluator;

    Values(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    private static Map<String, String> jdkTypes() {
        Map<String, String> types = new HashMap<>();
        for (String type : CollectionModel.TYPES) {
            types.put(type.substring(type.lastIndexOf('.') + 1), type);
        }
        for (String type : Builders.TYPES) {
            types.put(type.substring(type.lastIndexOf('.') + 1), type);
        }
        return Map.copyOf(types);
    }

    /** The text {@code String.valueOf} would give. */
    Value.Single asText(Value value, Expression where, Env env) {
        if (value instanceof Value.Single single) {
            if (single.constant() instanceof Builders.Builder) {
                return new Value.Single(single.text(), Value.Kind.STRING, single.text().knownText().orElse(null));
            }
            if (single.constant() instanceof Enums.EnumRef ref) {
                return evaluator.enums.overridesToString(ref)
                        ? Value.Single.unknown(evaluator.symbols.symbolFor(where, env), Value.Kind.STRING)
                        : Value.Single.ofString(ref.name());
            }
            if (single.kind() == Value.Kind.OTHER && single.constant() != null) {
                return Value.Single.unknown(evaluator.symbols.symbolFor(where, env), Value.Kind.STRING);
            }
            if (single.kind().isNumeric() || single.kind() == Value.Kind.BOOLEAN) {
                return new Value.Single(single.text(), single.kind(), single.constant());
            }
            return new Value.Single(single.text(), Value.Kind.STRING, single.text().knownText().orElse(null));
        }
        return Value.Single.unknown(evaluator.symbols.symbolFor(where, env), Value.Kind.STRING);
    }

    /** The key a value denotes where it stands; a collection there is an unknown key. */
    KeyValue keyOf(Value value, Node where, Env env) {
        if (value instanceof Value.Single single) {
            return asText(single, where instanceof Expression e ? e : null, env).text();
        }
        return KeyValue.unknown(evaluator.symbols.symbolFor(where, env));
    }

    /** A value as the keys it holds; one key counts as a collection of one. */
    Value.Elements elementsOf(Value value) {
        if (value instanceof Value.Elements elements) {
            return elements;
        }
        if (value instanceof Value.Single single && (single.kind() == Value.Kind.STRING
                || single.kind() == Value.Kind.BYTES) && !single.text().isOpaque()) {
            return new Value.Elements(List.of(single.text()), true);
        }
        return Value.Elements.UNKNOWN;
    }

    /** Either of several values: alternatives of text, or the elements certain in all of them. */
    Value join(List<Value> values, Node where, Env env) {
        if (values.stream().allMatch(v -> v instanceof Value.Single)) {
            List<KeyValue> texts = new ArrayList<>();
            Value.Kind kind = null;
            Object constant = null;
            boolean sameConstant = true;
            for (Value value : values) {
                Value.Single single = (Value.Single) value;
                texts.add(single.text());
                kind = kind == null || kind == single.kind() ? single.kind() : Value.Kind.STRING;
                if (constant == null) {
                    constant = single.constant();
                }
                sameConstant &= single.constant() != null && single.constant().equals(constant);
            }
            return new Value.Single(KeyValue.anyOf(texts, evaluator.symbols.lazily(where, env)), kind,
                    sameConstant ? constant : null);
        }
        if (values.stream().allMatch(v -> v instanceof Value.Elements)) {
            List<KeyValue> common = new ArrayList<>(((Value.Elements) values.get(0)).elements());
            boolean exhaustive = true;
            List<Value.Elements> paths = new ArrayList<>();
            for (Value value : values) {
                Value.Elements elements = (Value.Elements) value;
                exhaustive &= elements.exhaustive() && elements.elements().equals(common);
                common.retainAll(elements.elements());
                for (Value.Elements path : elements.paths().isEmpty() ? List.of(elements) : elements.paths()) {
                    if (!paths.contains(path)) {
                        paths.add(path);
                    }
                }
            }
            // the collections each branch leaves stay apart, so that the keys of one are never judged with another's
            boolean apart = !exhaustive && paths.size() > 1 && paths.size() <= Value.Elements.MAX_PATHS;
            return new Value.Elements(common, exhaustive, apart ? paths : List.of());
        }
        return evaluator.unknown(where, env);
    }

    /** Arrays (other than {@code byte[]}, a binary key) and collections. */
    static boolean isCollectionType(Type type) {
        if (type.isArrayType()) {
            return !type.asArrayType().getComponentType().asString().equals("byte")
                    || type.asArrayType().getArrayLevel() > 1;
        }
        if (type.isClassOrInterfaceType()) {
            String name = type.asClassOrInterfaceType().getNameAsString();
            return COLLECTION_INTERFACES.contains(name) || JDK_TYPES.containsKey(name) && !Builders.TYPES.contains(
                    JDK_TYPES.get(name));
        }
        return false;
    }

    /** The family of values a declared type holds. */
    static Value.Kind kindOf(Type type, boolean varargs) {
        if (varargs || type.isArrayType()) {
            String element = type.isArrayType() ? type.asArrayType().getComponentType().asString() : type.asString();
            return element.equals("byte") ? Value.Kind.BYTES : Value.Kind.OTHER;
        }
        String name = type.asString();
        return switch (name) {
            case "String", "java.lang.String", "CharSequence" -> Value.Kind.STRING;
            case "int", "short", "byte", "Integer", "Short", "Byte", "java.lang.Integer" -> Value.Kind.INT;
            case "long", "Long", "java.lang.Long" -> Value.Kind.LONG;
            case "char", "Character" -> Value.Kind.CHAR;
            case "double", "Double" -> Value.Kind.DOUBLE;
            case "float", "Float" -> Value.Kind.FLOAT;
            case "boolean", "Boolean" -> Value.Kind.BOOLEAN;
            default -> NUMBER_TYPES.contains(name) ? Value.Kind.LONG : Value.Kind.OTHER;
        };
    }
}

package dev.slotlint.client;

import com.github.javaparser.ast.expr.Expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * An argument expression bound to a key position of a layout.
 *
 * @param form how the expression holds its keys
 */
public record KeyArgument(Expression expression, Form form) {

    public enum Form {
        /** The expression is one key. */
        SINGLE,
        /** An array or collection whose elements are keys (or one key passed to varargs). */
        ELEMENTS,
        /** An array whose even elements are keys, odd ones values. */
        EVEN_ELEMENTS,
        /** A map whose keys are keys. */
        MAP_KEYS,
        /** A wrapper whose first argument is the key. */
        WRAPPED,
        /** An options object whose store calls name keys. */
        STORE_OPTION
    }

    /**
     * The key arguments of one call; {@code complete} is false when some could not be located (an unknown count).
     *
     * @param script the argument holding a Lua script's text, or null
     */
    public record Binding(KeyLayout layout, List<KeyArgument> keys, boolean complete, Expression script) {
    }

    /**
     * Binds call arguments to a layout's key positions, or gives nothing when the arguments do not fit the layout:
     * wrong arity, or a number, collection or option object where a key must be.
     *
     * @param constantInt the value of an int expression, or -1 when it is not a constant
     */
    public static Optional<Binding> bind(KeyLayout layout, List<Expression> arguments,
                                         Function<Expression, ArgKind> kinds, ToIntFunction<Expression> constantInt) {
        if (!layout.acceptsArity(arguments.size())) {
            return Optional.empty();
        }
        List<KeyLayout.Slot> slots = layout.slots();
        List<KeyArgument> keys = new ArrayList<>();
        boolean complete = true;
        Expression script = null;
        for (int i = 0; i < slots.size() && i < arguments.size(); i++) {
            Expression argument = arguments.get(i);
            List<Expression> rest = arguments.subList(i, arguments.size());
            switch (slots.get(i)) {
                case KEY -> {
                    if (!kinds.apply(argument).mayBeKey()) {
                        return Optional.empty();
                    }
                    keys.add(new KeyArgument(argument, Form.SINGLE));
                }
                case KEY_ARRAY, KEY_COLLECTION -> {
                    if (!collectionOrUnknown(kinds.apply(argument))) {
                        return Optional.empty();
                    }
                    keys.add(new KeyArgument(argument, Form.ELEMENTS));
                }
                case KEY_MAP -> {
                    if (!collectionOrUnknown(kinds.apply(argument))) {
                        return Optional.empty();
                    }
                    keys.add(new KeyArgument(argument, Form.MAP_KEYS));
                }
                case KEYS, KEYS_AND_VALUES -> {
                    boolean alternating = slots.get(i) == KeyLayout.Slot.KEYS_AND_VALUES;
                    if (rest.size() == 1 && kinds.apply(rest.get(0)) == ArgKind.COLLECTION) {
                        keys.add(new KeyArgument(rest.get(0), alternating ? Form.EVEN_ELEMENTS : Form.ELEMENTS));
                        break;
                    }
                    for (int k = 0; k < rest.size(); k++) {
                        boolean isKey = !alternating || k % 2 == 0;
                        if (isKey && !kinds.apply(rest.get(k)).mayBeKey()) {
                            return Optional.empty();
                        }
                        if (isKey) {
                            keys.add(new KeyArgument(rest.get(k), Form.SINGLE));
                        }
                    }
                }
                case KEYS_THEN_OTHER -> {
                    if (rest.size() == 1 && kinds.apply(rest.get(0)) == ArgKind.COLLECTION) {
                        complete = false;
                        break;
                    }
                    for (Expression key : rest.subList(0, Math.max(0, rest.size() - 1))) {
                        if (!kinds.apply(key).mayBeKey()) {
                            return Optional.empty();
                        }
                        keys.add(new KeyArgument(key, Form.SINGLE));
                    }
                }
                case WRAPPED_KEY -> {
                    if (kinds.apply(argument) != ArgKind.WRAPPED_KEY) {
                        return Optional.empty();
                    }
                    keys.add(new KeyArgument(argument, Form.WRAPPED));
                }
                case WRAPPED_KEYS -> {
                    for (Expression wrapper : rest) {
                        ArgKind kind = kinds.apply(wrapper);
                        if (kind == ArgKind.WRAPPED_KEY) {
                            keys.add(new KeyArgument(wrapper, Form.WRAPPED));
                        } else if (kind == ArgKind.COLLECTION || kind == ArgKind.KEY_LIKE) {
                            complete = false;
                        } else {
                            return Optional.empty();
                        }
                    }
                }
                case STORE_OPTION -> keys.add(new KeyArgument(argument, Form.STORE_OPTION));
                case COUNTED_KEYS -> {
                    ArgKind kind = kinds.apply(argument);
                    if (kind != ArgKind.NUMBER && kind != ArgKind.KEY_LIKE) {
                        return Optional.empty();
                    }
                    int count = constantInt.applyAsInt(argument);
                    List<Expression> counted = arguments.subList(i + 1, arguments.size());
                    if (count < 0 || count > counted.size()) {
                        complete = false;
                    } else {
                        counted.subList(0, count).forEach(e -> keys.add(new KeyArgument(e, Form.SINGLE)));
                    }
                }
                case SCRIPT -> script = argument;
                case OTHER, OTHERS -> {
                }
            }
        }
        return Optional.of(new Binding(layout, keys, complete, script));
    }

    private static boolean collectionOrUnknown(ArgKind kind) {
        return kind == ArgKind.COLLECTION || kind == ArgKind.KEY_LIKE;
    }
}

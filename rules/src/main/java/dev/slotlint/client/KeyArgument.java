package dev.slotlint.client;

import com.github.javaparser.ast.expr.Expression;

import java.util.ArrayList;
import java.util.List;
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
        /** An array or collection whose elements are keys. */
        ELEMENTS,
        /** An array whose even elements are keys, odd ones values. */
        EVEN_ELEMENTS,
        /** A map whose keys are keys. */
        MAP_KEYS,
    }

    /** The key arguments of one call; {@code complete} is false when some could not be located (an unknown count). */
    public record Binding(List<KeyArgument> keys, boolean complete) {
    }

    /**
     * Binds call arguments to a layout's key positions.
     *
     * @param constantInt the value of an int expression, or -1 when it is not a constant
     */
    public static Binding bind(KeyLayout layout, List<Expression> arguments, ToIntFunction<Expression> constantInt) {
        List<KeyLayout.Slot> slots = layout.slots();
        List<KeyArgument> keys = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < slots.size(); i++) {
            KeyLayout.Slot slot = slots.get(i);
            if (i >= arguments.size()) {
                break;
            }
            Expression argument = arguments.get(i);
            switch (slot) {
                case KEY -> keys.add(new KeyArgument(argument, Form.SINGLE));
                case KEY_ARRAY, KEY_COLLECTION -> keys.add(new KeyArgument(argument, Form.ELEMENTS));
                case KEY_MAP -> keys.add(new KeyArgument(argument, Form.MAP_KEYS));
                case KEYS -> varargs(arguments.subList(i, arguments.size()), Form.SINGLE, Form.ELEMENTS, keys);
                case KEYS_AND_VALUES -> {
                    List<Expression> rest = arguments.subList(i, arguments.size());
                    if (rest.size() == 1) {
                        keys.add(new KeyArgument(rest.get(0), Form.EVEN_ELEMENTS));
                    } else {
                        for (int k = 0; k < rest.size(); k += 2) {
                            keys.add(new KeyArgument(rest.get(k), Form.SINGLE));
                        }
                    }
                }
                case COUNTED_KEYS -> {
                    int count = constantInt.applyAsInt(argument);
                    List<Expression> rest = arguments.subList(i + 1, arguments.size());
                    if (count < 0 || count > rest.size()) {
                        complete = false;
                    } else {
                        rest.subList(0, count).forEach(e -> keys.add(new KeyArgument(e, Form.SINGLE)));
                    }
                }
                case OTHER, OTHERS -> {
                }
            }
        }
        return new Binding(keys, complete);
    }

    private static void varargs(List<Expression> rest, Form each, Form single, List<KeyArgument> keys) {
        if (rest.size() == 1) {
            keys.add(new KeyArgument(rest.get(0), single));
        } else {
            rest.forEach(e -> keys.add(new KeyArgument(e, each)));
        }
    }
}

package dev.slotlint.key;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code String.format} over partly known arguments: known arguments are formatted by the JDK itself, unknown ones
 * become their symbols in the result.
 */
final class Formats {

    private static final Pattern SPECIFIER = Pattern.compile(
            "%(\\d+\\$)?([-#+ 0,(<]*)?(\\d+)?(\\.\\d+)?([tT])?([a-zA-Z%])");

    private Formats() {
    }

    /** The formatted value, or null when the format cannot be followed (unknown conversion, bad index). */
    static KeyValue format(String format, List<Value> arguments, Supplier<Symbol> whole) {
        KeyValue result = KeyValue.text("");
        Matcher specifier = SPECIFIER.matcher(format);
        int textStart = 0;
        int nextArgument = 0;
        int lastArgument = -1;
        while (specifier.find()) {
            result = result.concat(KeyValue.text(format.substring(textStart, specifier.start())), whole);
            textStart = specifier.end();
            String conversion = specifier.group(6);
            if (conversion.equals("%")) {
                result = result.concat(KeyValue.text("%"), whole);
                continue;
            }
            if (conversion.equals("n")) {
                result = result.concat(KeyValue.text(System.lineSeparator()), whole);
                continue;
            }
            if (specifier.group(5) != null) {
                return null;
            }
            int index;
            String flags = specifier.group(2) == null ? "" : specifier.group(2);
            checkWidths(specifier, conversion);
            if (specifier.group(1) != null) {
                long written = number(specifier.group(1).substring(0, specifier.group(1).length() - 1));
                if (written > arguments.size()) {
                    throw new KeyValue.TooLarge(String.format(Locale.ROOT, "formats argument %,d (%s) of %d given,"
                            + " which fails at run time", written, specifier.group(), arguments.size()));
                }
                index = (int) written - 1;
            } else if (flags.contains("<")) {
                index = lastArgument;
            } else {
                index = nextArgument++;
            }
            if (index < 0 || index >= arguments.size()) {
                return null;
            }
            lastArgument = index;
            KeyValue piece = formatOne(specifier.group(), conversion, arguments.get(index));
            if (piece == null) {
                return null;
            }
            result = result.concat(piece, whole);
        }
        return result.concat(KeyValue.text(format.substring(textStart)), whole);
    }

    /**
     * Refuses a width or a precision that would build a text longer than a value may be ({@code %2147483647s},
     * {@code %.999999999f}), before the JDK tries to.
     */
    private static void checkWidths(Matcher specifier, String conversion) {
        long width = specifier.group(3) == null ? 0 : number(specifier.group(3));
        long precision = specifier.group(4) == null || !"eEfgGaA".contains(conversion) ? 0
                : number(specifier.group(4).substring(1));
        long longest = Math.max(width, precision);
        if (longest > KeyValue.MAX_LENGTH) {
            throw KeyValue.TooLarge.characters(longest);
        }
    }

    /** A decimal number as written in a format; saturates rather than overflowing. */
    private static long number(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = Math.min(Long.MAX_VALUE / 20, value * 10 + (digits.charAt(i) - '0'));
        }
        return value;
    }

    private static KeyValue formatOne(String spec, String conversion, Value argument) {
        if (!(argument instanceof Value.Single single)) {
            return null;
        }
        String plain = spec.replaceFirst("^%\\d+\\$", "%").replace("<", "");
        if (single.constant() != null || single.kind() == Value.Kind.NULL) {
            try {
                return KeyValue.text(String.format(Locale.ROOT, plain, javaValue(single, conversion)));
            } catch (IllegalFormatException e) {
                return null;
            }
        }
        if (plain.length() != 2) {
            return null;
        }
        return switch (conversion) {
            case "s" -> single.text();
            case "d", "x", "X", "o" -> numeric(single.text());
            default -> null;
        };
    }

    /** An unknown number formatted in any radix is still free of braces. */
    private static KeyValue numeric(KeyValue text) {
        List<List<Part>> alternatives = text.alternatives();
        if (alternatives.size() == 1 && alternatives.get(0).size() == 1
                && alternatives.get(0).get(0) instanceof Part.Unknown u) {
            Symbol symbol = u.symbol();
            return KeyValue.unknown(new Symbol(symbol.id() + "#formatted", symbol.label(), true, symbol.perElement()));
        }
        return text;
    }

    private static Object javaValue(Value.Single single, String conversion) {
        Object constant = single.constant();
        if (constant == null) {
            return null;
        }
        if ("dxXo".contains(conversion) && constant instanceof Character c) {
            return (long) c;
        }
        if ("eEfgGaA".contains(conversion) && constant instanceof Long l) {
            return l.doubleValue();
        }
        if (single.kind() == Value.Kind.INT && constant instanceof Long l) {
            return l.intValue();
        }
        if (single.kind() == Value.Kind.FLOAT && constant instanceof Double d) {
            return d.floatValue();
        }
        return constant;
    }

    /** The arguments of a varargs call, as values. */
    static List<Value> rest(List<Value> values, int from) {
        return from >= values.size() ? List.of() : new ArrayList<>(values.subList(from, values.size()));
    }
}

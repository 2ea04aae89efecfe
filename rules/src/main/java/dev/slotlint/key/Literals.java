package dev.slotlint.key;

import com.github.javaparser.ast.expr.StringLiteralExpr;

/** The text of string literals as javac reads them. */
final class Literals {

    private Literals() {
    }

    static String unescape(StringLiteralExpr literal) {
        String value = unicodeEscapes(literal.getValue());
        try {
            return value.translateEscapes();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** Java's {@code \u0041} escapes, which javac applies before anything else and JavaParser leaves in place. */
    static String unicodeEscapes(String text) {
        if (text.indexOf("\\u") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u' && precedingBackslashes(text, i) % 2 == 0) {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= text.length()) {
                    try {
                        out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
                        i = j + 4;
                        continue;
                    } catch (NumberFormatException e) {
                        // not an escape after all; keep the text
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int precedingBackslashes(String text, int at) {
        int count = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            count++;
        }
        return count;
    }
}

package dev.slotlint.cache;

/**
 * A Java file's text as another file's analysis sees it: comments blanked (but those that speak to slotlint), spaces
 * at the ends of lines and blank lines at the end dropped. Every token keeps its line and column, so two files with
 * the same code text parse to the same tree but for comments, which no analysis of another file reads (printed
 * code leaves them out): a comment edited in a class that many others use does not make them be analysed again.
 */
final class CodeText {

    private CodeText() {
    }

    /**
     * The code text, or the text itself when it cannot be read apart without the parser: it holds unicode escapes
     * (which may open or close a comment) or a comment, string or text block that does not end.
     */
    static String of(String text) {
        if (text.contains("\\u")) {
            return text;
        }
        StringBuilder code = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end;
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                end = lineEnd(text, i);
                comment(text, i, end, code);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                if (close < 0) {
                    return text;
                }
                end = close + 2;
                comment(text, i, end, code);
            } else if (text.startsWith("\"\"\"", i)) {
                end = quoted(text, i + 3, "\"\"\"");
                if (end < 0) {
                    return text;
                }
                code.append(text, i, end);
            } else if (c == '"' || c == '\'') {
                end = quoted(text, i + 1, String.valueOf(c));
                if (end < 0) {
                    return text;
                }
                code.append(text, i, end);
            } else {
                code.append(c);
                end = i + 1;
            }
            i = end;
        }
        return withoutTrailingSpace(code);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** The end of a literal opened before {@code from} and closed by {@code close}, or -1 when it does not end. */
    private static int quoted(String text, int from, String close) {
        boolean block = close.length() > 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (!block && (c == '\n' || c == '\r')) {
                return -1;
            } else if (text.startsWith(close, i)) {
                return i + close.length();
            }
        }
        return -1;
    }

    /** A comment as spaces, its line breaks kept; one that names slotlint as it is. */
    private static void comment(String text, int from, int to, StringBuilder code) {
        int named = text.indexOf("slotlint", from);
        if (named >= 0 && named + "slotlint".length() <= to) {
            code.append(text, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            code.append(c == '\n' || c == '\r' ? c : ' ');
        }
    }

    private static String withoutTrailingSpace(StringBuilder code) {
        StringBuilder out = new StringBuilder(code.length());
        int lineStart = 0;
        for (int i = 0; i <= code.length(); i++) {
            if (i == code.length() || code.charAt(i) == '\n') {
                int end = i;
                while (end > lineStart && Character.isWhitespace(code.charAt(end - 1))) {
                    end--;
                }
                out.append(code, lineStart, end);
                if (i < code.length()) {
                    out.append('\n');
                }
                lineStart = i + 1;
            }
        }
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }
}

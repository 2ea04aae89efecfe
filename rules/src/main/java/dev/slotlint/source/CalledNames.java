package dev.slotlint.source;

/**
 * The names a source text calls methods by, read from the text alone: how the index finds where a project method
 * may be called without parsing every file.
 */
final class CalledNames {

    /** Words after which a name is called, not declared ({@code return helper(x)}). */
    private static final java.util.Set<String> BEFORE_CALLS = java.util.Set.of("return", "new", "throw", "else",
            "case", "yield", "assert", "do");

    private CalledNames() {
    }

    /** The distinct names a text calls methods by, leaving out names it declares ({@code void save(}). */
    static String[] in(String text) {
        java.util.Set<String> names = new java.util.HashSet<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!Character.isJavaIdentifierStart(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && Character.isJavaIdentifierPart(text.charAt(i))) {
                i++;
            }
            int next = i;
            while (next < length && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < length && text.charAt(next) == '(' && !isDeclared(text, start)) {
                names.add(text.substring(start, i));
            }
        }
        return names.toArray(String[]::new);
    }

    /** Whether the name starting at {@code at} follows a type: a return type, {@code List<X>}, {@code int[]}. */
    private static boolean isDeclared(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || i == at - 1) {
            return false;
        }
        char before = text.charAt(i);
        if (before == '>' || before == ']') {
            return true;
        }
        if (!Character.isJavaIdentifierPart(before)) {
            return false;
        }
        int end = i + 1;
        while (i >= 0 && Character.isJavaIdentifierPart(text.charAt(i))) {
            i--;
        }
        return !BEFORE_CALLS.contains(text.substring(i + 1, end));
    }

    /** Whether the text holds the word, not as part of a longer name. */
    static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}

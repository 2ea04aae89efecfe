package dev.slotlint.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The names a text declares types by ({@code class Name}, {@code interface}, {@code enum}, {@code record}), as the
 * pattern {@code \b(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)} finds them, found by looking for each
 * keyword with {@link String#indexOf}: a pattern that starts with alternatives tries each at every character, which
 * made this scan of every file cost more than a tenth of a run through the analysis cache.
 */
final class DeclaredNames {

    private static final String[] KEYWORDS = {"class", "interface", "enum", "record"};

    private DeclaredNames() {
    }

    /** The declared names, in the order the text has them. */
    static List<String> in(String text) {
        List<long[]> found = new ArrayList<>();
        for (String keyword : KEYWORDS) {
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
                int end = declaration(text, at, keyword.length());
                if (end > 0) {
                    found.add(new long[] {at, end});
                }
            }
        }
        found.sort((a, b) -> Long.compare(a[0], b[0]));
        List<String> names = new ArrayList<>(found.size());
        long taken = 0;
        for (long[] one : found) {
            if (one[0] < taken) {
                continue;
            }
            int end = (int) one[1];
            int start = end;
            while (isPart(text.charAt(start - 1))) {
                start--;
            }
            names.add(text.substring(start, end));
            taken = end;
        }
        return names;
    }

    /** Where the name ends when the keyword at {@code at} starts a declaration, else -1. */
    private static int declaration(String text, int at, int length) {
        if (at > 0 && isWord(text.charAt(at - 1))) {
            return -1;
        }
        int i = at + length;
        int spaces = i;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        if (i == spaces || i == text.length() || !isStart(text.charAt(i))) {
            return -1;
        }
        while (i < text.length() && isPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \b}'s word characters. */
    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }

    private static boolean isPart(char c) {
        return isStart(c) || c >= '0' && c <= '9';
    }
}

package dev.slotlint.source;

/**
 * How deep a recursive-descent parser must recurse to read a Java text, counted from its characters alone before
 * parsing: every open parenthesis, bracket and brace, and within each, every conditional operator, lambda arrow,
 * assignment and prefix operator since the last {@code ;} or {@code ,} (each nests what follows it one level
 * deeper). Strings, characters, text blocks and comments are skipped. The count errs on the high side, which is
 * what a limit needs: the same text always gives the same answer, whatever state the JVM is in.
 */
final class Nesting {

    /** Where the count first passed the limit. */
    record TooDeep(int line) {
    }

    private Nesting() {
    }

    /** The line where the nesting first exceeds {@code limit}, or null when it never does. */
    static TooDeep check(String text, int limit) {
        if (nestingCharacters(text, limit) <= limit) {
            // the count rises by one at most per such character: no need to follow the grammar
            return null;
        }
        // per open bracket: operators that nest the rest of the expression, and the run of prefix operators
        // before the operand being read (!!!x nests three deep, !a && !b only one)
        int[] operators = new int[64];
        int[] prefixes = new int[64];
        int level = 0;
        long total = 0;
        int line = 1;
        char previous = ';';
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
                while (i < length && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? length : end + 2;
                line += count(text, i, end);
                i = end;
                continue;
            }
            if (c == '"' || c == '\'' || Character.isJavaIdentifierPart(c)) {
                // an operand: the prefix operators before it end with it
                total -= prefixes[level];
                prefixes[level] = 0;
                if (c == '"' || c == '\'') {
                    int end = endOfLiteral(text, i);
                    line += count(text, i, end);
                    i = end;
                    previous = 'x';
                    continue;
                }
            }
            switch (c) {
                case '(', '[', '{' -> {
                    level++;
                    if (level == operators.length) {
                        operators = java.util.Arrays.copyOf(operators, operators.length * 2);
                        prefixes = java.util.Arrays.copyOf(prefixes, prefixes.length * 2);
                    }
                    operators[level] = 0;
                    prefixes[level] = 0;
                    total++;
                }
                case ')', ']', '}' -> {
                    if (level > 0) {
                        total -= 1 + operators[level] + prefixes[level];
                        level--;
                        total -= prefixes[level];
                        prefixes[level] = 0;
                    }
                }
                case ';', ',' -> {
                    total -= operators[level] + prefixes[level];
                    operators[level] = 0;
                    prefixes[level] = 0;
                }
                default -> {
                    switch (nests(text, i, previous)) {
                        case OPERATOR -> {
                            operators[level]++;
                            total++;
                        }
                        case PREFIX -> {
                            prefixes[level]++;
                            total++;
                        }
                        case NONE -> {
                        }
                    }
                }
            }
            if (total > limit) {
                return new TooDeep(line);
            }
            previous = c;
            i++;
        }
        return null;
    }

    /** How many characters of the text could open a level, counted up to just past {@code limit}. */
    private static int nestingCharacters(String text, int limit) {
        if (text.length() <= limit) {
            return text.length();
        }
        int count = 0;
        for (int i = 0; i < text.length() && count <= limit; i++) {
            switch (text.charAt(i)) {
                case '(', '[', '{', '?', '>', '=', '!', '~', '-', '+' -> count++;
                default -> {
                }
            }
        }
        return count;
    }

    private enum Kind { NONE, OPERATOR, PREFIX }

    /** Whether the character at {@code i} starts what the grammar reads by recursion. */
    private static Kind nests(String text, int i, char previous) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        boolean afterOperand = Character.isJavaIdentifierPart(previous) || previous == ')' || previous == ']'
                || previous == '"' || previous == '\'';
        boolean nests = switch (c) {
            // a conditional operator, not the wildcard of List<?> or Map<K, ?>
            case '?' -> previous != '<' && previous != ',';
            case '>' -> previous == '-';
            case '=' -> next != '=' && "=!<>".indexOf(previous) < 0;
            default -> false;
        };
        if (nests) {
            return Kind.OPERATOR;
        }
        boolean prefix = switch (c) {
            case '!', '~' -> next != '=';
            case '-', '+' -> !afterOperand && next != c && next != '=' && next != '>';
            default -> false;
        };
        return prefix ? Kind.PREFIX : Kind.NONE;
    }

    /** The end of the string, character or text block literal starting at {@code start}. */
    private static int endOfLiteral(String text, int start) {
        char quote = text.charAt(start);
        if (quote == '"' && text.startsWith("\"\"\"", start)) {
            int i = start + 3;
            while (i < text.length()) {
                if (text.charAt(i) == '\\') {
                    i += 2;
                } else if (text.startsWith("\"\"\"", i)) {
                    return i + 3;
                } else {
                    i++;
                }
            }
            return text.length();
        }
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}

package dev.slotlint.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Parses Java sources with JavaParser at the newest language level it knows. */
public final class JavaSources {

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            lean(new ParserConfiguration())));

    /**
     * The parser for files that hold unicode escapes ({@code \u0041}): javac replaces them before reading anything
     * else, so {@code \u000a} ends a line comment and {@code c.\u006dset(..)} is a call of {@code mset}. Positions
     * stay those of the file as written.
     */
    private static final ThreadLocal<JavaParser> ESCAPES_PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            lean(new ParserConfiguration().setPreprocessUnicodeEscapes(true))));

    /**
     * How deep the parser may have to recurse, as {@link Nesting} counts it: far below what a worker thread's stack
     * holds (more than 80,000 nested parentheses), so that whether a file parses never depends on how the JVM
     * happens to have compiled the parser.
     */
    public static final int MAX_NESTING = 10_000;

    /** How deep a parsed tree may be (a chain of 20,000 calls is 20,000 deep) for the analysis to walk it. */
    public static final int MAX_TREE_DEPTH = 100_000;

    /**
     * How many characters of source may be parsed at once, across threads: as much as the largest file the heap
     * parses by default, so that two large files are parsed one after the other, never together. Small files
     * share it.
     */
    private static final long PARSING_BUDGET = SourceFile.defaultMaxBytes();
    private static final java.util.concurrent.Semaphore PARSING = new java.util.concurrent.Semaphore(
            (int) Math.min(Integer.MAX_VALUE, PARSING_BUDGET), true);

    private static final java.util.regex.Pattern LEXICAL_ERROR = java.util.regex.Pattern.compile(
            "Lexical error at line (\\d+), column (\\d+)\\.\\s*");

    /** How code quoted in findings is printed: without its comments. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(new DefaultPrinterConfiguration()
            .removeOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_COMMENTS))
            .removeOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_JAVADOC)));
    /** The processor JavaParser runs for a language level: a post-processing walk, then a validation walk. */
    private static final String LANGUAGE_LEVEL_PROCESSOR = ParserConfiguration.class.getName() + "$2";

    private static final DataKey<Path> PATH = new DataKey<>() {
    };

    private JavaSources() {
    }

    /**
     * The newest language level, without what the analysis never reads. No language-level processor: it walks every
     * tree twice more, once to turn {@code var} into a VarType (slotlint reads {@code var} by its name instead, see
     * {@link ExpressionTypes}) and once to reject code javac would reject, which the project's compiled code is not;
     * together a third of the parsing time (should a JavaParser version arrange its processors otherwise, they are
     * kept as they are). Comments are not attributed to nodes (suppressions read the parser's list of them, and
     * printed code leaves them out), and the file's line separator is not detected (it is read character by
     * character, for printers that keep the file's layout).
     */
    static ParserConfiguration lean(ParserConfiguration configuration) {
        configuration.setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE)
                .setAttributeComments(false)
                .setDetectOriginalLineSeparator(false)
                .getProcessors().removeIf(
                        processor -> processor.get().getClass().getName().equals(LANGUAGE_LEVEL_PROCESSOR));
        return configuration;
    }

    /** Parses one file; a file that cannot be read or parsed yields a problem with its line and no tree. */
    public static Optional<CompilationUnit> parse(SourceFile file, Consumer<Problem> problems) {
        String text;
        try {
            text = file.read(problems);
        } catch (IOException e) {
            problems.accept(new Problem(new Location(file.path(), 1, 1), SourceFile.problemMessage(e)));
            return Optional.empty();
        }
        return parse(file, text, problems);
    }

    /** Parses text already read from {@code file}. */
    public static Optional<CompilationUnit> parse(SourceFile file, String text, Consumer<Problem> problems) {
        boolean escapes = text.indexOf("\\u") >= 0;
        Nesting.TooDeep tooDeep = Nesting.check(escapes ? unicodeEscapes(text) : text, MAX_NESTING);
        if (tooDeep != null) {
            problems.accept(new Problem(new Location(file.path(), tooDeep.line(), 1), String.format(
                    java.util.Locale.ROOT, "nested more than %,d deep (parentheses, brackets, braces, conditional"
                            + " operators, lambdas, prefix operators); file not analysed", MAX_NESTING)));
            return Optional.empty();
        }
        ParseResult<CompilationUnit> result;
        int share = (int) Math.min(text.length(), PARSING_BUDGET);
        PARSING.acquireUninterruptibly(share);
        try {
            result = (escapes ? ESCAPES_PARSER : PARSER).get().parse(text);
        } catch (StackOverflowError e) {
            problems.accept(new Problem(new Location(file.path(), 1, 1),
                    "nested too deeply to parse; file not analysed"));
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.accept(new Problem(new Location(file.path(), 1, 1),
                    "cannot be parsed (" + e.getClass().getSimpleName() + "); file not analysed"));
            return Optional.empty();
        } finally {
            PARSING.release(share);
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            var problem = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
            Position at = problem == null ? Position.HOME : problem.getLocation()
                    .flatMap(l -> l.toRange()).map(r -> r.begin).orElse(Position.HOME);
            String message = problem == null ? "unknown parse error" : firstLine(problem.getMessage());
            java.util.regex.Matcher lexical = LEXICAL_ERROR.matcher(message);
            if (problem != null && problem.getLocation().isEmpty() && lexical.find()) {
                // the lexer tells its position only in its message
                at = new Position(Integer.parseInt(lexical.group(1)), Integer.parseInt(lexical.group(2)));
                message = "Lexical error. " + message.substring(lexical.end());
            }
            problems.accept(new Problem(new Location(file.path(), Math.max(1, at.line), Math.max(1, at.column)),
                    "syntax error, file not analysed: " + message.strip()));
            return Optional.empty();
        }
        CompilationUnit unit = result.getResult().get();
        UnitNodes nodes = new UnitNodes();
        int deepest = gather(unit, MAX_TREE_DEPTH, nodes);
        if (deepest > 0) {
            problems.accept(new Problem(new Location(file.path(), deepest, 1), String.format(java.util.Locale.ROOT,
                    "an expression nested more than %,d deep; file not analysed", MAX_TREE_DEPTH)));
            return Optional.empty();
        }
        // the parser's own list of the comments, without searching the tree for them
        java.util.Set<com.github.javaparser.ast.comments.Comment> comments = result.getCommentsCollection()
                .<java.util.Set<com.github.javaparser.ast.comments.Comment>>map(all -> all.getComments())
                .orElse(java.util.Set.of());
        comments.forEach(JavaSources::keepRangeOnly);
        unit.setData(PATH, file.path());
        nodes.attachTo(unit, comments);
        TypeNames.keepQualifiedNames(nodes.types());
        // printing a node (toString) stores the unit's printer on first use; stored here, before the tree is shared
        // between threads, later prints only read it. Code quoted in findings leaves comments out.
        unit.printer(PRINTER);
        return Optional.of(unit);
    }

    /**
     * One walk of the tree, in tree order, with a stack of its own (a tree too deep for the analysis is too deep to
     * walk by recursion): drops every node's link to the file's tokens, keeping its position (the tokens, one per
     * character of indentation, take two thirds of a parsed tree's memory, and nothing reads them once the tree is
     * built), and gathers the nodes the finders look for. Returns the line of the first node deeper than
     * {@code limit}, or 0.
     */
    static int gather(Node root, int limit, UnitNodes nodes) {
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        pending.push(root);
        depths.push(0);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return node.getBegin().map(p -> p.line).orElse(1);
            }
            keepRangeOnly(node);
            nodes.add(node);
            List<Node> children = node.getChildNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
                depths.push(depth + 1);
            }
        }
        return 0;
    }

    private static void keepRangeOnly(Node node) {
        if (node.getTokenRange().isPresent()) {
            com.github.javaparser.Range range = node.getRange().orElse(null);
            node.setTokenRange(null);
            node.setRange(range);
        }
    }

    /**
     * Java's unicode escapes replaced, as javac reads a file before anything else: a backslash that is itself
     * escaped by a backslash starts none.
     */
    public static String unicodeEscapes(String text) {
        if (text.indexOf("\\u") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int backslashes = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= text.length() && isHex(text, j, j + 4)) {
                    out.append((char) Integer.parseInt(text, j, j + 4, 16));
                    i = j + 4;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** The project file a node was parsed from. */
    public static Optional<Path> pathOf(Node node) {
        return node.findCompilationUnit().filter(u -> u.containsData(PATH)).map(u -> u.getData(PATH));
    }

    /** The first line of a parser message, without the long list of tokens it expected instead. */
    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String first = (newline < 0 ? message : message.substring(0, newline)).strip();
        int expected = first.indexOf(", expected one of ");
        return expected < 0 ? first : first.substring(0, expected);
    }
}

package dev.slotlint.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** Parses Java sources with JavaParser at the newest language level it knows. */
public final class JavaSources {

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            withoutLanguageLevelProcessor(new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE))));

    /** The processor JavaParser runs for a language level: a post-processing walk, then a validation walk. */
    private static final String LANGUAGE_LEVEL_PROCESSOR = ParserConfiguration.class.getName() + "$2";

    private static final DataKey<Path> PATH = new DataKey<>() {
    };

    private JavaSources() {
    }

    /**
     * The configuration without the language-level processor: it walks every tree twice more, once to turn
     * {@code var} into a VarType (slotlint reads {@code var} by its name instead, see {@link ExpressionTypes}) and
     * once to reject code javac would reject, which the project's compiled code is not; together a third of the
     * parsing time. Should a JavaParser version arrange its processors otherwise, the configuration is kept as it is.
     */
    static ParserConfiguration withoutLanguageLevelProcessor(ParserConfiguration configuration) {
        configuration.getProcessors().removeIf(
                processor -> processor.get().getClass().getName().equals(LANGUAGE_LEVEL_PROCESSOR));
        return configuration;
    }

    /** Parses one file; a file that cannot be read or parsed yields a problem with its line and no tree. */
    public static Optional<CompilationUnit> parse(SourceFile file, Consumer<Problem> problems) {
        String text;
        try {
            text = file.read(problems);
        } catch (IOException e) {
            problems.accept(new Problem(new Location(file.path(), 1, 1), "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        return parse(file, text, problems);
    }

    /** Parses text already read from {@code file}. */
    public static Optional<CompilationUnit> parse(SourceFile file, String text, Consumer<Problem> problems) {
        ParseResult<CompilationUnit> result;
        try {
            result = PARSER.get().parse(text);
        } catch (StackOverflowError e) {
            problems.accept(new Problem(new Location(file.path(), 1, 1),
                    "nested too deeply to parse; file not analysed"));
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.accept(new Problem(new Location(file.path(), 1, 1),
                    "cannot be parsed (" + e.getClass().getSimpleName() + "); file not analysed"));
            return Optional.empty();
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            var problem = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
            Position at = problem == null ? Position.HOME : problem.getLocation()
                    .flatMap(l -> l.toRange()).map(r -> r.begin).orElse(Position.HOME);
            String message = problem == null ? "unknown parse error" : firstLine(problem.getMessage());
            problems.accept(new Problem(new Location(file.path(), Math.max(1, at.line), Math.max(1, at.column)),
                    "syntax error, file not analysed: " + message));
            return Optional.empty();
        }
        CompilationUnit unit = result.getResult().get();
        unit.setData(PATH, file.path());
        return Optional.of(unit);
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

package dev.slotlint.key;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.slotlint.source.Problem;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates one expression inside a method {@code value(String id, long userId, int count, boolean flag,
 * List<String> ids)} of a small project, after optional setup statements, and renders the value as
 * {@link KeyEvaluatorTest#render} does: the way model tests state what a library method gives.
 */
final class Expressions {

    private final List<SourceFile> files = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final java.util.Map<String, List<String>> settings = new java.util.HashMap<>();
    private List<String> assumptions = List.of();

    /** A project of these classes, each given as the whole text of a file in package {@code shop}. */
    static Expressions in(String... classes) {
        Expressions project = new Expressions();
        for (int i = 0; i < classes.length; i++) {
            project.files.add(SourceFile.inMemory(Path.of("shop/Class" + i + ".java"), classes[i]));
        }
        return project;
    }

    /** A configuration setting the project's files give (several values: several profiles). */
    Expressions setting(String key, String... values) {
        settings.put(key, List.of(values));
        return this;
    }

    static String evaluate(String expression) {
        return in().value("", expression);
    }

    static String evaluate(String setup, String expression) {
        return in().value(setup, expression);
    }

    /** The rendered value of the expression after the setup statements, in this project. */
    String value(String setup, String expression) {
        String caller = """
                package shop;

                import java.util.*;
                import java.util.stream.*;

                class Caller {
                    Object value(String id, long userId, int count, boolean flag, List<String> ids) {
                        %s
                        return %s;
                    }
                }
                """.formatted(setup, expression);
        List<SourceFile> all = new ArrayList<>(files);
        SourceFile callerFile = SourceFile.inMemory(Path.of("shop/Caller.java"), caller);
        all.add(callerFile);
        ProjectIndex index = ProjectIndex.scan(all, text -> true, problems::add);
        MethodDeclaration method = index.unit(callerFile).orElseThrow(() -> new AssertionError(
                "does not parse: " + problems)).findFirst(MethodDeclaration.class).orElseThrow();
        List<ReturnStmt> returns = method.findAll(ReturnStmt.class);
        KeyEvaluator evaluator = new KeyEvaluator(new dev.slotlint.source.Resolver(new dev.slotlint.source.Resolver
                .Project(index, name -> false, (owner, called) -> java.util.Optional.empty())), new ConcurrentHashMap<>(),
                problems::add, path -> java.util.Optional.empty(), key -> settings.getOrDefault(key, List.of()));
        String rendered = KeyEvaluatorTest.render(evaluator.value(returns.get(returns.size() - 1).getExpression()
                .orElseThrow()));
        assumptions = evaluator.assumptions();
        return rendered;
    }

    /** What the last evaluation assumed. */
    List<String> assumptions() {
        return assumptions;
    }

    List<Problem> problems() {
        return problems;
    }
}

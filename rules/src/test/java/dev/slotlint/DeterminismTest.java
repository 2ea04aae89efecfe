package dev.slotlint;

import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import dev.slotlint.topology.ProjectConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same findings and warnings, in the same order, on every run and for every thread count. */
class DeterminismTest {

    @Test
    void everyTestProjectGivesTheSameResultOnOneTwoAndFourThreads() throws IOException {
        Path root = Path.of(System.getProperty("slotlint.testProjects", "../test-projects"));
        List<Path> projects;
        try (Stream<Path> children = Files.list(root)) {
            projects = children.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted().toList();
        }
        assertTrue(projects.size() >= 20, projects.toString());
        int findings = 0;
        for (Path project : projects) {
            List<Problem> listing = new ArrayList<>();
            List<SourceFile> sources = SourceTree.javaFiles(List.of(project.resolve("src/main/java")),
                    StandardCharsets.UTF_8, listing);
            List<SourceFile> config = SourceTree.files(project, ProjectConfig::isConfigFile, StandardCharsets.UTF_8,
                    listing);
            String once = render(new Analyzer(AnalysisSettings.defaults().withThreads(1)).analyze(sources, config));
            for (int threads : new int[] {1, 2, 4}) {
                String again = render(new Analyzer(AnalysisSettings.defaults().withThreads(threads))
                        .analyze(sources, config));
                assertEquals(once, again, project.getFileName() + " on " + threads + " threads");
            }
            findings += once.lines().filter(l -> l.startsWith("F ")).count();
        }
        assertTrue(findings > 200, "too few findings to compare: " + findings);
    }

    @Test
    void everyModuleOfABuildOfSeveralGivesTheSameResultOnOneTwoAndFourThreads() throws IOException {
        Path root = Path.of(System.getProperty("slotlint.testProjects", "../test-projects"));
        List<Path> modules;
        try (Stream<Path> children = Files.list(root)) {
            modules = children.filter(p -> Files.isDirectory(p) && !Files.isDirectory(p.resolve("src/main/java")))
                    .flatMap(project -> {
                try {
                    return Files.list(project).filter(p -> Files.isDirectory(p.resolve("src/main/java")));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
        int findings = 0;
        int upstreamFindings = 0;
        for (Path module : modules) {
            List<Problem> listing = new ArrayList<>();
            String pom = Files.readString(module.resolve("pom.xml"));
            // the sibling modules this module's POM depends on
            List<Path> upstream = modules.stream().filter(other -> other.getParent().equals(module.getParent())
                    && !other.equals(module) && pom.contains("<artifactId>" + other.getFileName() + "</artifactId>"))
                    .toList();
            List<SourceFile> upstreamSources = SourceTree.javaFiles(upstream.stream()
                    .map(p -> p.resolve("src/main/java")).toList(), StandardCharsets.UTF_8, listing);
            List<SourceFile> upstreamConfig = new ArrayList<>();
            upstream.forEach(p -> upstreamConfig.addAll(SourceTree.files(p, ProjectConfig::isConfigFile,
                    StandardCharsets.UTF_8, listing)));
            Reactor reactor = new Reactor(upstreamSources, upstreamConfig, false);
            List<SourceFile> sources = SourceTree.javaFiles(List.of(module.resolve("src/main/java")),
                    StandardCharsets.UTF_8, listing);
            List<SourceFile> config = SourceTree.files(module, ProjectConfig::isConfigFile, StandardCharsets.UTF_8,
                    listing);
            String once = render(new Analyzer(AnalysisSettings.defaults().withThreads(1))
                    .analyze(sources, config, reactor));
            for (int threads : new int[] {2, 4}) {
                String again = render(new Analyzer(AnalysisSettings.defaults().withThreads(threads))
                        .analyze(sources, config, reactor));
                assertEquals(once, again, module + " on " + threads + " threads");
            }
            findings += once.lines().filter(l -> l.startsWith("F ")).count();
            upstreamFindings += once.lines().filter(l -> l.startsWith("F ") && upstream.stream()
                    .anyMatch(p -> l.contains(p.toAbsolutePath().normalize().toString()))).count();
        }
        assertTrue(modules.size() >= 6, modules.toString());
        assertTrue(findings >= 5 && upstreamFindings >= 2, findings + " findings, " + upstreamFindings
                + " on clients of upstream modules");
    }

    private static String render(AnalysisResult result) {
        StringBuilder text = new StringBuilder();
        result.findings().forEach(f -> text.append("F ").append(f).append('\n'));
        result.silenced().forEach(f -> text.append("S ").append(f).append('\n'));
        result.problems().forEach(p -> text.append("P ").append(p).append('\n'));
        result.calls().forEach(c -> text.append("C ").append(c.location()).append(' ').append(c.commandName())
                .append(' ').append(c.keys()).append('\n'));
        return text.toString();
    }
}

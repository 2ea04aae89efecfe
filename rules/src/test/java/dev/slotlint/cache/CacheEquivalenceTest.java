package dev.slotlint.cache;

import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.report.HtmlReport;
import dev.slotlint.report.SarifReport;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import dev.slotlint.topology.ProjectConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random edits to every test project (touch a file, change a string constant, add or remove a call, add a comment,
 * delete, rename or bring back a file, edit a configuration file), each followed by an analysis through the cache
 * and one without: both must give equal results, run after run. The seed is printed with any failure and can be
 * given back with {@code -Dslotlint.cacheSeed=}.
 */
class CacheEquivalenceTest {

    private static final int EDITS = 12;
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\\\n]{1,40})\"");
    private static final Pattern CALL_LINE = Pattern.compile("(?m)^[ \\t]+[\\w.()\\s]*\\.\\w+\\([^;{}]*\\);[ \\t]*$");

    @TempDir
    Path work;

    @Test
    void cachedResultsEqualFreshOnesThroughRandomEdits() throws IOException {
        long seed = Long.getLong("slotlint.cacheSeed", new Random().nextLong());
        Path root = Path.of(System.getProperty("slotlint.testProjects", "../test-projects"));
        List<Path> projects;
        try (Stream<Path> children = Files.list(root)) {
            projects = children.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted().toList();
        }
        assertTrue(projects.size() >= 20, projects.toString());
        Random random = new Random(seed);
        int reused = 0;
        int partly = 0;
        int compared = 0;
        for (Path original : projects) {
            Path project = work.resolve(original.getFileName());
            copy(original, project);
            Path cache = work.resolve("cache-" + original.getFileName() + ".json");
            List<String> warnings = new ArrayList<>();
            Map<Path, byte[]> deleted = new LinkedHashMap<>();
            for (int step = 0; step <= EDITS; step++) {
                String edit = step == 0 ? "none" : edit(project, random, deleted);
                String where = "seed " + seed + " (-Dslotlint.cacheSeed=" + seed + "), " + original.getFileName()
                        + ", edit " + step + ": " + edit;
                AnalysisSettings settings = AnalysisSettings.defaults().withThreads(1 + random.nextInt(2));
                List<SourceFile> sources = javaFiles(project);
                List<SourceFile> config = configFiles(project);
                AnalysisCache.Outcome cached = new AnalysisCache(cache, warnings::add).analyze(settings, sources,
                        config);
                AnalysisResult fresh = new Analyzer(settings).analyze(sources, config);
                assertEquals(render(fresh), render(cached.result()), where);
                assertEquals(fresh, cached.result(), where + ": the same findings, but not the same result");
                assertEquals(List.of(), warnings, where);
                if (edit.startsWith("touch") || edit.equals("nothing to edit")) {
                    assertEquals(cached.files(), cached.filesReused(), where + ": the content did not change");
                }
                reused += cached.filesReused() > 0 ? 1 : 0;
                partly += cached.filesReused() > 0 && cached.filesReused() < cached.files() ? 1 : 0;
                compared++;
            }
            assertSameReports(project, cache, seed);
        }
        assertTrue(reused > 0 && reused < compared, "reused " + reused + " of " + compared + " runs");
        assertTrue(partly > 0, "no run reused some files but not all, in " + compared + " runs");
        System.out.printf("seed %d: %d runs, %d reused files, %d some but not all%n", seed, compared, reused, partly);
    }

    /** The reports written from a result read back from the cache are those written from a fresh one, byte for byte. */
    private static void assertSameReports(Path project, Path cache, long seed) throws IOException {
        AnalysisSettings settings = AnalysisSettings.defaults();
        List<SourceFile> sources = javaFiles(project);
        List<SourceFile> config = configFiles(project);
        AnalysisResult fresh = new Analyzer(settings).analyze(sources, config);
        List<String> warnings = new ArrayList<>();
        new AnalysisCache(cache, warnings::add).analyze(settings, sources, config);
        AnalysisCache.Outcome cached = new AnalysisCache(cache, warnings::add).analyze(settings, sources, config);
        String where = "seed " + seed + ", " + project.getFileName();
        assertEquals(cached.files(), cached.filesReused(), where);
        Path out = project.resolve("target/reports");
        Files.createDirectories(out);
        HtmlReport html = new HtmlReport(HtmlReport.fromDisk(StandardCharsets.UTF_8), settings.unknownParts());
        html.write(fresh, "p", project, settings.rules(), out.resolve("fresh.html"));
        html.write(cached.result(), "p", project, settings.rules(), out.resolve("cached.html"));
        new SarifReport().write(fresh, project, settings.rules(), "1", out.resolve("fresh.sarif"));
        new SarifReport().write(cached.result(), project, settings.rules(), "1", out.resolve("cached.sarif"));
        assertArrayEquals(Files.readAllBytes(out.resolve("fresh.html")), Files.readAllBytes(out.resolve("cached.html")),
                where);
        assertArrayEquals(Files.readAllBytes(out.resolve("fresh.sarif")),
                Files.readAllBytes(out.resolve("cached.sarif")), where);
    }

    private static String render(AnalysisResult result) {
        StringBuilder text = new StringBuilder();
        result.findings().forEach(f -> text.append("F ").append(f.ruleId()).append(' ').append(f.location())
                .append(' ').append(f.message()).append('\n'));
        result.silenced().forEach(f -> text.append("S ").append(f.ruleId()).append(' ').append(f.location())
                .append('\n'));
        result.problems().forEach(p -> text.append("P ").append(p).append('\n'));
        return text.toString();
    }

    /** One random edit, described for the failure message. */
    private static String edit(Path project, Random random, Map<Path, byte[]> deleted) throws IOException {
        List<Path> java = list(project.resolve("src/main/java"), ".java");
        List<Path> config = list(project, "").stream()
                .filter(p -> ProjectConfig.isConfigFile(p.getFileName().toString()) && !p.toString().endsWith(".java")
                        && !p.startsWith(project.resolve("target"))).toList();
        if (java.isEmpty()) {
            return "nothing to edit";
        }
        Path file = java.get(random.nextInt(java.size()));
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        String name = project.relativize(file).toString();
        switch (random.nextInt(10)) {
            case 0 -> {
                Files.writeString(file, text, StandardCharsets.ISO_8859_1);
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
                return "touch " + name;
            }
            case 1 -> {
                List<int[]> strings = matches(STRING, text);
                if (strings.isEmpty()) {
                    return "no string in " + name;
                }
                int[] at = strings.get(random.nextInt(strings.size()));
                String replacement = switch (random.nextInt(3)) {
                    case 0 -> "{tag}:" + text.substring(at[0] + 1, at[1] - 1);
                    case 1 -> text.substring(at[0] + 1, at[1] - 1) + ":x";
                    default -> "other";
                };
                Files.writeString(file, text.substring(0, at[0] + 1) + replacement + text.substring(at[1] - 1),
                        StandardCharsets.ISO_8859_1);
                return "string " + text.substring(at[0], at[1]) + " to \"" + replacement + "\" in " + name;
            }
            case 2 -> {
                List<int[]> calls = matches(CALL_LINE, text);
                if (calls.isEmpty()) {
                    return "no call in " + name;
                }
                int[] at = calls.get(random.nextInt(calls.size()));
                String line = text.substring(at[0], at[1]);
                Files.writeString(file, text.substring(0, at[1]) + "\n" + line + text.substring(at[1]),
                        StandardCharsets.ISO_8859_1);
                return "call repeated in " + name + ":" + line.strip();
            }
            case 3 -> {
                List<int[]> calls = matches(CALL_LINE, text);
                if (calls.isEmpty()) {
                    return "no call in " + name;
                }
                int[] at = calls.get(random.nextInt(calls.size()));
                Files.writeString(file, text.substring(0, at[0]) + text.substring(at[1]), StandardCharsets.ISO_8859_1);
                return "call removed in " + name + ": " + text.substring(at[0], at[1]).strip();
            }
            case 4 -> {
                deleted.put(file, Files.readAllBytes(file));
                Files.delete(file);
                return "delete " + name;
            }
            case 7 -> {
                if (deleted.isEmpty()) {
                    return "nothing deleted to bring back";
                }
                Path gone = new ArrayList<>(deleted.keySet()).get(random.nextInt(deleted.size()));
                Path back = random.nextBoolean() ? gone : gone.resolveSibling("Back" + gone.getFileName());
                Files.write(back, deleted.remove(gone));
                return "bring back " + project.relativize(gone) + " as " + back.getFileName();
            }
            case 8 -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                if (lines.isEmpty() || random.nextBoolean()) {
                    Files.writeString(file, text + "\n// edited\n", StandardCharsets.ISO_8859_1);
                    return "comment appended to " + name;
                }
                int line = random.nextInt(lines.size());
                lines.set(line, lines.get(line) + (lines.get(line).contains("//") ? " more" : " // note"));
                Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.ISO_8859_1);
                return "comment at the end of line " + (line + 1) + " of " + name;
            }
            case 9 -> {
                List<int[]> strings = matches(STRING, text);
                if (strings.isEmpty()) {
                    return "no string in " + name;
                }
                int[] at = strings.get(random.nextInt(strings.size()));
                Files.writeString(file, text.substring(0, at[1]) + " /* the key */" + text.substring(at[1]),
                        StandardCharsets.ISO_8859_1);
                return "comment after " + text.substring(at[0], at[1]) + " in " + name;
            }
            case 5 -> {
                Path renamed = file.resolveSibling("Renamed" + random.nextInt(1000) + file.getFileName());
                Files.move(file, renamed);
                return "rename " + name + " to " + renamed.getFileName();
            }
            default -> {
                if (config.isEmpty()) {
                    return "no configuration file";
                }
                Path conf = config.get(random.nextInt(config.size()));
                String confText = Files.readString(conf, StandardCharsets.ISO_8859_1);
                List<String> lines = new ArrayList<>(confText.lines().toList());
                if (!lines.isEmpty() && random.nextBoolean()) {
                    lines.remove(random.nextInt(lines.size()));
                } else {
                    lines.add("# edited");
                }
                Files.writeString(conf, String.join("\n", lines) + "\n", StandardCharsets.ISO_8859_1);
                return "configuration " + project.relativize(conf);
            }
        }
    }

    private static List<int[]> matches(Pattern pattern, String text) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        return found;
    }

    private static List<Path> list(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(source)) {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static List<SourceFile> javaFiles(Path project) {
        List<Problem> problems = new ArrayList<>();
        return SourceTree.javaFiles(List.of(project.resolve("src/main/java")), StandardCharsets.UTF_8, problems);
    }

    private static List<SourceFile> configFiles(Path project) {
        List<Problem> problems = new ArrayList<>();
        return SourceTree.files(project, ProjectConfig::isConfigFile, StandardCharsets.UTF_8, problems);
    }
}

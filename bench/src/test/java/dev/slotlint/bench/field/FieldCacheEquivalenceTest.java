package dev.slotlint.bench.field;

import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.bench.field.FieldCorpus.Module;
import dev.slotlint.bench.field.FieldCorpus.Project;
import dev.slotlint.cache.AnalysisCache;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysis cache on real code: for every project of the field corpus (its modules analysed as one), the first
 * run through the cache, which evaluates each file's constants on its own, and runs after random edits of string
 * literals in files that call Redis and the deletion of a file, each give the result of an analysis without the
 * cache. The seed is printed with any failure and can be given back with {@code -Dslotlint.cacheSeed=}.
 */
class FieldCacheEquivalenceTest {

    private static final Path CORPUS = Path.of(System.getProperty("field.corpus", "field"));
    private static final Path JARS = Path.of(System.getProperty("field.jars", "target/field/jars"));
    private static final Path WORK = Path.of(System.getProperty("field.work", "target/field"));
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\\\n]{1,40})\"");
    private static final int EDITS = 3;

    @TempDir
    Path work;

    @Test
    void cachedResultsEqualFreshOnesOnTheFieldCorpus() throws IOException {
        long seed = Long.getLong("slotlint.cacheSeed", new Random().nextLong());
        Random random = new Random(seed);
        FieldRun runner = new FieldRun(JARS, WORK.resolve("src"));
        int reused = 0;
        for (Project project : FieldCorpus.read(CORPUS).projects()) {
            Path copy = work.resolve(project.name());
            for (Module module : project.modules()) {
                copy(runner.moduleDirectory(project, module), copy.resolve(module.artifactId()));
            }
            AnalysisSettings settings = AnalysisSettings.defaults();
            for (var version : project.versions().entrySet()) {
                settings = settings.withLibraryVersion(version.getKey(), version.getValue());
            }
            Path cache = work.resolve(project.name() + ".json");
            List<String> warnings = new ArrayList<>();
            for (int step = 0; step <= EDITS + 1; step++) {
                String edit = step == 0 ? "none" : edit(copy, random, step == EDITS + 1);
                String where = "seed " + seed + " (-Dslotlint.cacheSeed=" + seed + "), " + project.name() + ", edit "
                        + step + ": " + edit;
                List<Problem> listing = new ArrayList<>();
                List<SourceFile> java = SourceTree.javaFiles(List.of(copy), StandardCharsets.UTF_8, listing);
                List<SourceFile> config = SourceTree.files(copy, ProjectConfig::isConfigFile, StandardCharsets.UTF_8,
                        listing);
                AnalysisCache.Outcome cached = new AnalysisCache(cache, warnings::add).analyze(settings, java, config);
                AnalysisResult fresh = new Analyzer(settings).analyze(java, config);
                assertEquals(fresh.findings(), cached.result().findings(), where);
                assertEquals(fresh, cached.result(), where + ": the same findings, but not the same result");
                assertEquals(List.of(), warnings, where);
                reused += cached.filesReused() > 0 && cached.filesReused() < cached.files() ? 1 : 0;
            }
        }
        assertTrue(reused > 0, "no run reused some files but not all");
    }

    /** A string literal or a comment changed in a file that names a Redis client, or such a file deleted. */
    private static String edit(Path project, Random random, boolean delete) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(project)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        List<Path> redis = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            if (text.contains("redis.clients.") || text.contains("io.lettuce.") || text.contains("data.redis")) {
                redis.add(file);
            }
        }
        if (redis.isEmpty()) {
            return "no file names a Redis client";
        }
        Path file = redis.get(random.nextInt(redis.size()));
        if (delete) {
            Files.delete(file);
            return "delete " + project.relativize(file);
        }
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        if (random.nextInt(3) == 0) {
            List<String> lines = new ArrayList<>(text.lines().toList());
            int line = random.nextInt(lines.size() + 1);
            if (line == lines.size()) {
                lines.add("// edited");
            } else {
                lines.set(line, lines.get(line) + (lines.get(line).contains("//") ? " edited" : " // edited"));
            }
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.ISO_8859_1);
            return "comment at line " + (line + 1) + " of " + project.relativize(file);
        }
        List<int[]> strings = new ArrayList<>();
        Matcher matcher = STRING.matcher(text);
        while (matcher.find()) {
            strings.add(new int[] {matcher.start(), matcher.end()});
        }
        if (strings.isEmpty()) {
            Files.writeString(file, text + "\n// edited\n", StandardCharsets.ISO_8859_1);
            return "comment added to " + project.relativize(file);
        }
        int[] at = strings.get(random.nextInt(strings.size()));
        Files.writeString(file, text.substring(0, at[0] + 1) + "{t}" + text.substring(at[0] + 1),
                StandardCharsets.ISO_8859_1);
        return "string " + text.substring(at[0], at[1]) + " tagged in " + project.relativize(file);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(source)) {
                    Files.copy(source, target);
                }
            }
        }
    }
}

package dev.slotlint.maven;

import org.codehaus.plexus.util.MatchPatterns;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Which files a run analyses, as maven-pmd-plugin decides it: Ant-style {@code includes} and {@code excludes} over
 * each Java file's path relative to its source root (or, for configuration files, to the project directory), and
 * {@code excludeRoots} under which nothing is read. Patterns are matched by plexus-utils, like Maven's own, so
 * {@code **}, {@code *}, {@code ?} and {@code %regex[..]} mean what they mean there; a pattern ending in {@code /}
 * matches everything under that directory.
 */
record Scope(List<Path> sourceRoots, MatchPatterns includes, MatchPatterns excludes, List<Path> excludeRoots,
             Path base) {

    private static final String ALL_JAVA = "**/*.java";

    Scope(List<Path> sourceRoots, List<String> includes, List<String> excludes, List<Path> excludeRoots, Path base) {
        this(sourceRoots, patterns(includes == null || includes.isEmpty() ? List.of(ALL_JAVA) : includes),
                patterns(excludes == null ? List.of() : excludes), List.copyOf(excludeRoots), base);
    }

    private static MatchPatterns patterns(List<String> patterns) {
        return MatchPatterns.from(patterns.stream().map(Scope::normalise).toList());
    }

    /** Separators as the platform writes them, and a trailing separator meaning "all below", as Maven reads them. */
    static String normalise(String pattern) {
        String normalised = pattern.trim().replace('/', File.separatorChar).replace('\\', File.separatorChar);
        return normalised.endsWith(File.separator) ? normalised + "**" : normalised;
    }

    boolean isExcludedRoot(Path path) {
        return excludeRoots.stream().anyMatch(path::startsWith);
    }

    /** Whether a Java file found under the source roots is analysed. */
    boolean includesJava(Path file) {
        if (isExcludedRoot(file)) {
            return false;
        }
        Path root = sourceRoots.stream().filter(file::startsWith).max((a, b) -> a.getNameCount() - b.getNameCount())
                .orElse(base);
        String relative = root.relativize(file).toString();
        return includes.matches(relative, true) && !excludes.matches(relative, true)
                && !(file.startsWith(base) && excludes.matches(base.relativize(file).toString(), true));
    }

    /** Whether a configuration file of the project is analysed: the excludes and exclude roots apply. */
    boolean includesOther(Path file) {
        return !isExcludedRoot(file) && !(file.startsWith(base) && excludes.matches(base.relativize(file).toString(),
                true));
    }
}

package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.client.Library;
import dev.slotlint.key.UnknownParts;
import dev.slotlint.report.Baseline;
import dev.slotlint.report.ConsoleReport;
import dev.slotlint.report.HtmlReport;
import dev.slotlint.report.SarifReport;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import dev.slotlint.topology.ProjectConfig;
import dev.slotlint.topology.ProjectTopology;
import dev.slotlint.topology.TopologySetting;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One analysis of a Maven project as the goals run it: source roots and configuration files in, the result out,
 * with the baseline applied and the reports written. Goals only gather their parameters into it.
 */
final class AnalysisRun {

    /** The parameters every analysing goal shares; see the goals for their documentation. */
    record Options(boolean includeTests, String encoding, String unknownParts, String topology,
                   List<String> clusterNodes, boolean clusterReady, int threads, Path baseline, String maxFileSize) {
    }

    private final MavenProject project;
    private final Options options;
    private final Log log;
    private final Charset charset;

    AnalysisRun(MavenProject project, Options options, Log log) {
        this.project = project;
        this.options = options;
        this.log = log;
        this.charset = charset(options.encoding(), log);
    }

    Path base() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    Charset charset() {
        return charset;
    }

    /** Analyses the project, logs its topology and what could not be analysed, and applies the baseline. */
    AnalysisResult analyse(boolean applyBaseline) throws MojoExecutionException {
        long maxBytes = bytes(options.maxFileSize());
        List<Problem> problems = new ArrayList<>();
        List<SourceFile> files = SourceTree.javaFiles(sourceRoots(), charset, maxBytes, problems);
        List<SourceFile> configFiles = SourceTree.files(base(), ProjectConfig::isConfigFile, charset, maxBytes,
                problems);
        AnalysisResult result = new Analyzer(settings()).analyze(files, configFiles);
        ProjectTopology topology = result.topology();
        log.info(ConsoleReport.printable("slotlint: topology " + topology.kind().name().toLowerCase(Locale.ROOT)
                + " (" + topology.reason() + ")"));
        if (topology.conflict() != null) {
            log.warn(ConsoleReport.printable("slotlint: " + topology.conflict()));
        }
        List<Problem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(result.problems());
        allProblems.sort(null);
        for (Problem problem : allProblems) {
            log.warn(ConsoleReport.line(problem));
        }
        result = result.withProblems(allProblems);
        if (applyBaseline && options.baseline() != null && Files.isRegularFile(options.baseline())) {
            try {
                result = Baseline.read(options.baseline()).apply(result, base());
            } catch (IOException e) {
                throw new MojoExecutionException("slotlint: " + e.getMessage(), e);
            }
        }
        return result;
    }

    /** Writes the standalone HTML report and the SARIF file. */
    void writeReports(AnalysisResult result, Path html, Path sarif) throws MojoExecutionException {
        AnalysisSettings settings = settings();
        try {
            if (html != null) {
                new HtmlReport(HtmlReport.fromDisk(charset), settings.unknownParts())
                        .write(result, project.getName() == null ? project.getArtifactId() : project.getName(), base(),
                                settings.rules(), html);
                log.info("slotlint: HTML report " + html);
            }
            if (sarif != null) {
                new SarifReport().write(result, base(), settings.rules(), Analyzer.version(), sarif);
                log.info("slotlint: SARIF report " + sarif);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("slotlint: cannot write a report: " + e.getMessage(), e);
        }
    }

    AnalysisSettings settings() throws MojoExecutionException {
        AnalysisSettings settings = AnalysisSettings.defaults()
                .withUnknownParts(option(UnknownParts.class, options.unknownParts(), "unknownParts"))
                .withTopology(option(TopologySetting.class, options.topology(), "topology"),
                        options.clusterNodes() == null ? List.of() : options.clusterNodes(), options.clusterReady());
        if (options.threads() < 0) {
            throw new MojoExecutionException("slotlint: threads must be 0 (one per processor) or more, not "
                    + options.threads());
        }
        if (options.threads() > 0) {
            settings = settings.withThreads(options.threads());
        }
        for (Artifact artifact : project.getArtifacts()) {
            String coordinates = artifact.getGroupId() + ":" + artifact.getArtifactId();
            for (Library library : Library.values()) {
                if (library.coordinates().equals(coordinates)) {
                    settings = settings.withLibraryVersion(library, artifact.getBaseVersion());
                }
            }
        }
        return settings;
    }

    /** An enum parameter, read case-insensitively, with a message naming the accepted values. */
    static <E extends Enum<E>> E option(Class<E> type, String value, String parameter) throws MojoExecutionException {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MojoExecutionException("slotlint: " + parameter + " must be one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not '" + value + "'");
        }
    }

    /**
     * The source roots to read. A missing root is named in a warning, but for those nobody wrote: the roots of a
     * project that compiles nothing ({@code pom} packaging) and generated roots under the build directory that no
     * generator filled.
     */
    private Set<Path> sourceRoots() {
        Set<Path> roots = new LinkedHashSet<>();
        project.getCompileSourceRoots().forEach(r -> roots.add(Path.of(r)));
        if (options.includeTests()) {
            project.getTestCompileSourceRoots().forEach(r -> roots.add(Path.of(r)));
        }
        Path build = project.getBuild() == null || project.getBuild().getDirectory() == null ? null
                : Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        roots.removeIf(root -> !Files.exists(root) && ("pom".equals(project.getPackaging())
                || build != null && root.toAbsolutePath().normalize().startsWith(build)));
        return roots;
    }

    /**
     * {@code maxFileSize} in bytes: a number, or a number followed by KB, MB or GB (powers of 1024); {@code auto}
     * (or nothing) for what the heap can parse.
     */
    static long bytes(String size) throws MojoExecutionException {
        if (size == null || size.isBlank() || size.strip().equalsIgnoreCase("auto")) {
            return SourceFile.defaultMaxBytes();
        }
        java.util.regex.Matcher written = java.util.regex.Pattern.compile("\\s*(\\d{1,12})\\s*(B|KB|MB|GB)?\\s*",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(size == null ? "" : size);
        if (!written.matches()) {
            throw new MojoExecutionException("slotlint: maxFileSize must be a number of bytes, or a number followed"
                    + " by KB, MB or GB (such as 10MB), or auto, not '" + size + "'");
        }
        int shift = switch (written.group(2) == null ? "B" : written.group(2).toUpperCase(Locale.ROOT)) {
            case "KB" -> 10;
            case "MB" -> 20;
            case "GB" -> 30;
            default -> 0;
        };
        return Long.parseLong(written.group(1)) << shift;
    }

    private static Charset charset(String encoding, Log log) {
        if (encoding == null || encoding.isBlank()) {
            Charset platform = Charset.defaultCharset();
            log.warn("slotlint: source encoding not set (project.build.sourceEncoding); reading sources as "
                    + platform.name() + ", i.e. the result is platform dependent");
            return platform;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            log.warn("slotlint: unknown source encoding '" + encoding + "'; reading sources as UTF-8");
            return StandardCharsets.UTF_8;
        }
    }
}

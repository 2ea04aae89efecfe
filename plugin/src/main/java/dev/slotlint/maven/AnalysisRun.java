package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.Reactor;
import dev.slotlint.cache.AnalysisCache;
import dev.slotlint.client.Library;
import dev.slotlint.key.UnknownParts;
import dev.slotlint.report.Baseline;
import dev.slotlint.report.ConsoleReport;
import dev.slotlint.report.HtmlReport;
import dev.slotlint.report.SarifReport;
import dev.slotlint.rule.Finding;
import dev.slotlint.source.Location;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import dev.slotlint.topology.ProjectTopology;
import dev.slotlint.topology.TopologySetting;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One analysis of a Maven project as the goals run it: source roots and configuration files in, the result out,
 * with the baseline applied and the reports written. Goals only gather their parameters into it.
 */
final class AnalysisRun {

    /** Where the baseline is looked for when no {@code baseline} parameter names it. */
    static final String DEFAULT_BASELINE = "slotlint-baseline.xml";
    /** Where more exclude patterns are looked for when no {@code excludesFile} parameter names it. */
    static final String DEFAULT_EXCLUDES_FILE = "slotlint-excludes.txt";

    /**
     * The parameters every analysing goal shares; see the goals for their documentation. {@code baseline} and
     * {@code excludesFile} are null when not set.
     */
    record Options(boolean includeTests, String encoding, String unknownParts, String topology,
                   List<String> clusterNodes, boolean clusterReady, int threads, File baseline,
                   List<String> includes, List<String> excludes, List<File> excludeRoots, File excludesFile,
                   String maxFileSize) {
    }

    private final MavenProject project;
    private final Options options;
    private final Log log;
    private final Charset charset;
    private final String label;
    private final List<Path> analysed = new ArrayList<>();
    private final ReactorModules.Claims claims;
    private final ReactorModules modules;
    private Path cacheFile;

    AnalysisRun(MavenProject project, MavenSession session, Options options, Log log) {
        this(project, session, options, log, ReactorModules.Claims.of(session), false);
    }

    /**
     * @param claims      who reports the findings on clients an upstream module makes, which every module using it
     *                    judges
     * @param everyModule whether the goal analyses every module of the session, so that the modules depending on this
     *                    one judge the clients it makes whatever their builds say
     */
    AnalysisRun(MavenProject project, MavenSession session, Options options, Log log, ReactorModules.Claims claims,
                boolean everyModule) {
        this.project = project;
        this.options = options;
        this.log = log;
        this.claims = claims;
        this.modules = new ReactorModules(project, session, everyModule);
        this.label = label(project, session);
        this.charset = charset(options.encoding(), log);
    }

    Path base() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    Charset charset() {
        return charset;
    }

    private Path excludesFilePath() {
        return options.excludesFile() != null ? options.excludesFile().toPath() : base().resolve(DEFAULT_EXCLUDES_FILE);
    }

    /** The files the last analysis read: Java sources and configuration files. */
    List<Path> analysedFiles() {
        return List.copyOf(analysed);
    }

    /**
     * Where an incremental IDE build looks for changes, besides the files the last analysis read: the source and
     * resource roots (where new files appear), the POM, the baseline and the excludes file; empty when the module
     * reads upstream modules, whose edits its own build context does not show.
     */
    java.util.Optional<List<Path>> watchedPaths() {
        if (!modules.upstream().isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<Path> paths = new LinkedHashSet<>(sourceRootPaths());
        List<org.apache.maven.model.Resource> resources = new ArrayList<>(project.getResources());
        if (options.includeTests()) {
            resources.addAll(project.getTestResources());
        }
        resources.forEach(resource -> paths.add(base().resolve(resource.getDirectory()).normalize()));
        if (project.getFile() != null) {
            paths.add(project.getFile().toPath().toAbsolutePath().normalize());
        }
        paths.add(baselinePath());
        paths.add(excludesFilePath());
        return java.util.Optional.of(List.copyOf(paths));
    }

    /** Where the baseline is: the {@code baseline} parameter, else its default place. */
    Path baselinePath() {
        return options.baseline() != null ? options.baseline().toPath() : base().resolve(DEFAULT_BASELINE);
    }

    /**
     * {@code slotlint: ...} as the log shows it: in a build of several modules, which run side by side under
     * {@code -T}, with the module's name ({@code slotlint [orders]: ...}).
     */
    String tag(String message) {
        return tag(label, message);
    }

    static String tag(String label, String message) {
        return message.startsWith("slotlint: ") ? label + message.substring("slotlint".length()) : message;
    }

    /** {@code slotlint}, or in a build of several modules {@code slotlint [orders]}. */
    static String label(MavenProject project, MavenSession session) {
        return session != null && session.getProjects() != null && session.getProjects().size() > 1
                ? "slotlint [" + project.getArtifactId() + "]" : "slotlint";
    }

    void info(String message) {
        log.info(tag(message));
    }

    void warn(String message) {
        log.warn(tag(message));
    }

    /** Analyses the project, logs its topology and what could not be analysed, and applies the baseline. */
    AnalysisResult analyse(boolean applyBaseline) throws MojoExecutionException {
        Scope scope = scope();
        long maxBytes = bytes(options.maxFileSize());
        List<Problem> problems = new ArrayList<>();
        List<SourceFile> files = SourceTree.javaFiles(sourceRoots(scope), charset, maxBytes, problems).stream()
                .filter(file -> scope.includesJava(file.path())).toList();
        List<SourceFile> configFiles = modules.configFiles(project, charset, maxBytes, problems).stream()
                .filter(file -> scope.includesOther(file.path())).toList();
        problems.removeIf(problem -> !scope.includesOther(problem.location().file()));
        analysed.clear();
        files.forEach(file -> analysed.add(file.path()));
        configFiles.forEach(file -> analysed.add(file.path()));
        AnalysisResult result = analyse(files, configFiles,
                modules.reactor(charset, maxBytes, modules.judgedDownstream()));
        ProjectTopology topology = result.topology();
        info(ConsoleReport.printable("slotlint: topology " + topology.kind().name().toLowerCase(Locale.ROOT)
                + " (" + topology.reason() + ")"));
        if (topology.conflict() != null) {
            warn(ConsoleReport.printable("slotlint: " + topology.conflict()));
        }
        result = judgedHere(result);
        List<Problem> allProblems = distinct(problems, result.problems());
        for (Problem problem : allProblems) {
            log.warn(ConsoleReport.line(problem));
        }
        result = result.withProblems(allProblems)
                .withUnreadDirectories((int) allProblems.stream().filter(SourceTree::isUnreadDirectory).count());
        if (applyBaseline) {
            result = applyBaseline(result);
        }
        return result;
    }

    /** Keeps the analysis result in this file, and reads it back while its inputs stay the same. */
    void cacheIn(Path file) {
        this.cacheFile = file;
    }

    private AnalysisResult analyse(List<SourceFile> files, List<SourceFile> configFiles, Reactor reactor)
            throws MojoExecutionException {
        if (cacheFile == null) {
            return new Analyzer(settings()).analyze(files, configFiles, reactor);
        }
        AnalysisCache.Outcome outcome = new AnalysisCache(cacheFile, this::warn).analyze(settings(), files,
                configFiles, reactor);
        info(outcome.describe());
        return outcome.result();
    }

    /**
     * The findings on clients that upstream modules make, which every module using them judges: each is kept by the
     * first module to claim it, saying for which module it was judged, and left by the others, with a line saying
     * which module reported it.
     */
    private AnalysisResult judgedHere(AnalysisResult result) {
        Set<Path> own = Set.copyOf(analysed);
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (own.contains(finding.location().file())) {
                kept.add(finding);
                continue;
            }
            String library = modules.moduleOf(finding.location().file()).map(MavenProject::getArtifactId)
                    .orElse("an upstream module");
            String module = project.getArtifactId();
            String claimant = claims.claim(ReactorModules.claimKey(finding), module);
            if (claimant.equals(module)) {
                kept.add(new Finding(finding.ruleId(), finding.severity(), finding.location(), finding.message()
                        + " (judged for " + module + ", which uses " + library + ")", finding.keys(),
                        finding.enclosing(), finding.command()));
            } else {
                info(ConsoleReport.printable("slotlint: " + finding.ruleId() + " at "
                        + finding.location().file().getFileName() + ":" + finding.location().line() + " in "
                        + library + " is reported for " + claimant + ", which uses it too"));
            }
        }
        return kept.size() == result.findings().size() && kept.equals(result.findings()) ? result
                : result.withFindings(kept, 0);
    }

    /**
     * The problems met while finding the files and while analysing them, each place once: the walk over the source
     * roots and the walk over the project for configuration files meet an unreadable directory both.
     */
    static List<Problem> distinct(List<Problem> walking, List<Problem> analysing) {
        Map<Location, Problem> byPlace = new LinkedHashMap<>();
        walking.forEach(problem -> byPlace.putIfAbsent(problem.location(), problem));
        List<Problem> all = new ArrayList<>(byPlace.values());
        all.addAll(analysing);
        all.sort(null);
        return all;
    }

    private AnalysisResult applyBaseline(AnalysisResult result) throws MojoExecutionException {
        Path file = baselinePath();
        if (!Files.isRegularFile(file)) {
            if (options.baseline() != null) {
                warn("slotlint: baseline " + file + " does not exist, so it accepts no finding (write it with"
                        + " mvn slotlint:baseline)");
            }
            return result;
        }
        try {
            Baseline accepted = Baseline.read(file);
            if (accepted.version() == 1) {
                warn("slotlint: baseline " + file + " is in the first format, which a client upgrade or a reworded"
                        + " message can break; mvn slotlint:baseline rewrites it");
            }
            return accepted.apply(result, base());
        } catch (IOException e) {
            throw new MojoExecutionException("slotlint: " + e.getMessage(), e);
        }
    }

    /** Writes the standalone HTML report and the SARIF file; either may be null, for none. */
    void writeReports(AnalysisResult result, Path html, Path sarif) throws MojoExecutionException {
        AnalysisSettings settings = settings();
        try {
            if (html != null) {
                new HtmlReport(HtmlReport.fromDisk(charset), settings.unknownParts())
                        .write(result, projectName(), base(), settings.rules(), html);
                info("slotlint: HTML report " + html);
            }
            if (sarif != null) {
                new SarifReport().write(result, base(), settings.rules(), Analyzer.version(), sarif);
                info("slotlint: SARIF report " + sarif);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("slotlint: cannot write a report: " + e.getMessage(), e);
        }
    }

    String projectName() {
        return project.getName() == null ? project.getArtifactId() : project.getName();
    }

    /**
     * A report path as given: relative to the project directory, or null for none when empty, so that
     * {@code -Dslotlint.htmlReport=} turns the report off.
     */
    Path reportPath(String value) {
        return value == null || value.isBlank() ? null : base().resolve(value.trim()).normalize();
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
        for (Map.Entry<Library, String> version : libraryVersions().entrySet()) {
            settings = settings.withLibraryVersion(version.getKey(), version.getValue());
        }
        return settings;
    }

    /**
     * The client versions the project builds with. The goals collect the dependencies without resolving them, so
     * that a clean checkout of a build of several modules is checked without compiling or installing its modules
     * first: the collected artifacts name the versions; where they do not (a build that gives none), the versions
     * the project and its upstream reactor modules declare, managed versions filled in, do.
     */
    private Map<Library, String> libraryVersions() {
        Map<Library, String> versions = new java.util.EnumMap<>(Library.class);
        for (Artifact artifact : project.getArtifacts()) {
            library(artifact.getGroupId(), artifact.getArtifactId())
                    .ifPresent(library -> versions.put(library, artifact.getBaseVersion()));
        }
        List<MavenProject> declaring = new ArrayList<>(List.of(project));
        declaring.addAll(modules.upstream());
        for (MavenProject module : declaring) {
            for (org.apache.maven.model.Dependency dependency : module.getDependencies()) {
                if (dependency.getVersion() != null && !"system".equals(dependency.getScope())) {
                    library(dependency.getGroupId(), dependency.getArtifactId())
                            .ifPresent(library -> versions.putIfAbsent(library, dependency.getVersion()));
                }
            }
        }
        return versions;
    }

    private static java.util.Optional<Library> library(String groupId, String artifactId) {
        String coordinates = groupId + ":" + artifactId;
        return Arrays.stream(Library.values()).filter(library -> library.coordinates().equals(coordinates))
                .findFirst();
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

    /** The includes, excludes and exclude roots of this run, the excludes file's patterns among the excludes. */
    private Scope scope() throws MojoExecutionException {
        List<String> excludes = new ArrayList<>(options.excludes() == null ? List.of() : options.excludes());
        Path file = excludesFilePath();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String pattern = line.strip();
                    if (!pattern.isEmpty() && !pattern.startsWith("#")) {
                        excludes.add(pattern);
                    }
                }
            } catch (IOException e) {
                throw new MojoExecutionException("slotlint: cannot read excludesFile " + file + ": " + e.getMessage(),
                        e);
            }
        } else if (options.excludesFile() != null) {
            warn("slotlint: excludesFile " + file + " does not exist, so it excludes nothing");
        }
        List<Path> roots = new ArrayList<>();
        if (options.excludeRoots() != null) {
            options.excludeRoots().forEach(root -> roots.add(base().resolve(root.toPath()).normalize()));
        }
        return new Scope(sourceRootPaths(), options.includes(), excludes, roots, base());
    }

    /**
     * The source roots to read. A missing root is named in a warning, but for those nobody wrote: the roots of a
     * project that compiles nothing ({@code pom} packaging) and generated roots under the build directory that no
     * generator filled.
     */
    private List<Path> sourceRootPaths() {
        Set<Path> roots = new LinkedHashSet<>();
        project.getCompileSourceRoots().forEach(r -> roots.add(base().resolve(r).normalize()));
        if (options.includeTests()) {
            project.getTestCompileSourceRoots().forEach(r -> roots.add(base().resolve(r).normalize()));
        }
        Path build = project.getBuild() == null || project.getBuild().getDirectory() == null ? null
                : Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        roots.removeIf(root -> !Files.exists(root) && ("pom".equals(project.getPackaging())
                || build != null && root.toAbsolutePath().normalize().startsWith(build)));
        return List.copyOf(roots);
    }

    private static Set<Path> sourceRoots(Scope scope) {
        Set<Path> roots = new LinkedHashSet<>();
        for (Path root : scope.sourceRoots()) {
            if (!scope.isExcludedRoot(root)) {
                roots.add(root);
            }
        }
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

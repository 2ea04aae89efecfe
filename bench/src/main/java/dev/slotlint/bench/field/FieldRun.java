package dev.slotlint.bench.field;

import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.Reactor;
import dev.slotlint.bench.field.FieldCorpus.Mode;
import dev.slotlint.bench.field.FieldCorpus.Module;
import dev.slotlint.bench.field.FieldCorpus.Project;
import dev.slotlint.rule.Finding;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import dev.slotlint.topology.ProjectConfig;
import dev.slotlint.topology.TopologySetting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Runs slotlint's engine on one project of the field corpus, as a user's build would: its modules' sources (and the
 * resources of their jars, such as Lua scripts) analysed together, or each module with the modules it uses, as in a
 * build of several modules; with the project's client versions.
 */
public final class FieldRun {

    private final Path jars;
    private final Path sources;

    /**
     * @param jars    where Maven put the corpus jars ({@code <artifactId>-<version>-sources.jar} and the main jar)
     * @param sources where the jars are unpacked, one folder per project and module
     */
    public FieldRun(Path jars, Path sources) {
        this.jars = jars.toAbsolutePath().normalize();
        this.sources = sources.toAbsolutePath().normalize();
    }

    /** A finding as the labels name places: module, path inside it, line. */
    public record FieldFinding(String artifact, String file, int line, String rule, String severity,
                               String message) {

        public String place() {
            return artifact + "\t" + file + "\t" + line;
        }
    }

    /** What one run of one project gave. */
    public record Result(List<FieldFinding> findings, String topology, List<String> problems, int files,
                         long millis) {
    }

    /** The folder holding a module's unpacked sources, unpacking its jars first if needed. */
    public Path moduleDirectory(Project project, Module module) throws IOException {
        Path directory = sources.resolve(project.name()).resolve(module.artifactId());
        Path marker = directory.resolve(".unpacked-" + module.version());
        if (Files.exists(marker)) {
            return directory;
        }
        Path sourcesJar = jars.resolve(module.sourcesJar());
        if (!Files.isRegularFile(sourcesJar)) {
            throw new IOException(sourcesJar + " is missing: is " + module.groupId() + ":" + module.artifactId() + ":"
                    + module.version() + " listed in bench/pom.xml's field-corpus execution?");
        }
        unpack(sourcesJar, directory, true);
        Path mainJar = jars.resolve(module.mainJar());
        if (Files.isRegularFile(mainJar)) {
            unpack(mainJar, directory, false);
        }
        Files.writeString(marker, module.toString(), StandardCharsets.UTF_8);
        return directory;
    }

    /** Unpacks a jar; from a main jar only the resources a source jar may lack (no classes, no overwrites). */
    private static void unpack(Path jar, Path directory, boolean everything) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.isDirectory() || entry.getName().endsWith(".class")
                        || entry.getName().startsWith("META-INF/maven/") || entry.getName().equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.startsWith(directory) || !everything && Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Analyses the project: all its modules as one, or, when its modules use one another, as a build of several
     * modules, each with the modules it uses, as the Maven plugin analyses a reactor.
     */
    public Result run(Project project, Mode mode) throws IOException {
        List<Path> roots = new ArrayList<>();
        for (Module module : project.modules()) {
            roots.add(moduleDirectory(project, module));
        }
        AnalysisSettings settings = AnalysisSettings.defaults()
                .withTopology(TopologySetting.AUTO, List.of(), mode == Mode.CLUSTER_READY);
        for (var version : project.versions().entrySet()) {
            settings = settings.withLibraryVersion(version.getKey(), version.getValue());
        }
        return project.isReactor() ? reactor(project, roots, settings) : together(project, roots, settings);
    }

    private Result together(Project project, List<Path> roots, AnalysisSettings settings) {
        List<Problem> problems = new ArrayList<>();
        long start = System.nanoTime();
        List<SourceFile> javaFiles = SourceTree.javaFiles(roots, StandardCharsets.UTF_8, problems);
        List<SourceFile> configFiles = configFiles(roots, problems);
        AnalysisResult result = new Analyzer(settings).analyze(javaFiles, configFiles);
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<FieldFinding> findings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            findings.add(place(project, roots, finding));
        }
        problems.addAll(result.problems());
        return new Result(findings, topology(result), problemLines(roots, problems), javaFiles.size(), millis);
    }

    /**
     * Each module with the sources of the modules it uses, in the order the project lists them; a finding on a client
     * an upstream module makes is kept once, for the first module that finds it, as the plugin keeps it in a build.
     */
    private Result reactor(Project project, List<Path> roots, AnalysisSettings settings) {
        List<Module> modules = project.modules();
        List<Problem> problems = new ArrayList<>();
        List<FieldFinding> findings = new ArrayList<>();
        java.util.Set<String> judged = new java.util.HashSet<>();
        List<String> topologies = new ArrayList<>();
        int files = 0;
        long start = System.nanoTime();
        for (int i = 0; i < modules.size(); i++) {
            Module module = modules.get(i);
            List<Path> upstream = new ArrayList<>();
            for (int j = 0; j < modules.size(); j++) {
                if (uses(project, module, modules.get(j).artifactId())) {
                    upstream.add(roots.get(j));
                }
            }
            boolean judgedDownstream = modules.stream().anyMatch(other -> uses(project, other, module.artifactId()));
            List<Problem> ignored = new ArrayList<>();
            Reactor reactor = new Reactor(SourceTree.javaFiles(upstream, StandardCharsets.UTF_8, ignored),
                    configFiles(upstream, ignored), judgedDownstream);
            List<SourceFile> javaFiles = SourceTree.javaFiles(List.of(roots.get(i)), StandardCharsets.UTF_8,
                    problems);
            AnalysisResult result = new Analyzer(settings).analyze(javaFiles, configFiles(List.of(roots.get(i)),
                    problems), reactor);
            files += javaFiles.size();
            problems.addAll(result.problems());
            topologies.add(module.artifactId() + ": " + topology(result));
            for (Finding finding : result.findings()) {
                boolean own = finding.location().file().startsWith(roots.get(i));
                if (own || judged.add(finding.ruleId() + " " + finding.location())) {
                    findings.add(place(project, roots, finding));
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(findings, String.join("; ", topologies), problemLines(roots, problems), files, millis);
    }

    /** Whether a module uses another of the project, directly or through the modules it uses. */
    private static boolean uses(Project project, Module module, String artifactId) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<String> pending = new java.util.ArrayDeque<>(module.uses());
        while (!pending.isEmpty()) {
            String used = pending.pop();
            if (used.equals(artifactId)) {
                return true;
            }
            if (seen.add(used)) {
                project.modules().stream().filter(m -> m.artifactId().equals(used))
                        .forEach(m -> pending.addAll(m.uses()));
            }
        }
        return false;
    }

    private static List<SourceFile> configFiles(List<Path> roots, List<Problem> problems) {
        List<SourceFile> configFiles = new ArrayList<>();
        for (Path root : roots) {
            configFiles.addAll(SourceTree.files(root, ProjectConfig::isConfigFile, StandardCharsets.UTF_8, problems));
        }
        return configFiles;
    }

    private static List<String> problemLines(List<Path> roots, List<Problem> problems) {
        List<String> problemLines = new ArrayList<>();
        for (Problem problem : problems) {
            problemLines.add(problem.location() == null ? problem.message()
                    : relative(roots, problem.location().file()) + ":" + problem.location().line() + ": "
                    + problem.message());
        }
        return problemLines;
    }

    private static String topology(AnalysisResult result) {
        return result.topology().kind().name().toLowerCase(java.util.Locale.ROOT) + " ("
                + result.topology().reason() + ")";
    }

    private static FieldFinding place(Project project, List<Path> roots, Finding finding) {
        Path file = finding.location().file();
        for (int i = 0; i < roots.size(); i++) {
            if (file.startsWith(roots.get(i))) {
                return new FieldFinding(project.modules().get(i).artifactId(),
                        roots.get(i).relativize(file).toString().replace('\\', '/'), finding.location().line(),
                        finding.ruleId(), finding.severity().name(), finding.message());
            }
        }
        return new FieldFinding("?", file.toString(), finding.location().line(), finding.ruleId(),
                finding.severity().name(), finding.message());
    }

    private static String relative(List<Path> roots, Path file) {
        for (Path root : roots) {
            if (file.startsWith(root)) {
                return root.getFileName() + "/" + root.relativize(file).toString().replace('\\', '/');
            }
        }
        return file.toString();
    }
}

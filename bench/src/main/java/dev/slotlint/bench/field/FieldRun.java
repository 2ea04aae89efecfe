package dev.slotlint.bench.field;

import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
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
 * resources of their jars, such as Lua scripts) analysed together, with the project's client versions.
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

    public Result run(Project project, Mode mode) throws IOException {
        List<Path> roots = new ArrayList<>();
        for (Module module : project.modules()) {
            roots.add(moduleDirectory(project, module));
        }
        List<Problem> problems = new ArrayList<>();
        long start = System.nanoTime();
        List<SourceFile> javaFiles = SourceTree.javaFiles(roots, StandardCharsets.UTF_8, problems);
        List<SourceFile> configFiles = new ArrayList<>();
        for (Path root : roots) {
            configFiles.addAll(SourceTree.files(root, ProjectConfig::isConfigFile, StandardCharsets.UTF_8, problems));
        }
        AnalysisSettings settings = AnalysisSettings.defaults()
                .withTopology(TopologySetting.AUTO, List.of(), mode == Mode.CLUSTER_READY);
        for (var version : project.versions().entrySet()) {
            settings = settings.withLibraryVersion(version.getKey(), version.getValue());
        }
        AnalysisResult result = new Analyzer(settings).analyze(javaFiles, configFiles);
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<FieldFinding> findings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            findings.add(place(project, roots, finding));
        }
        List<String> problemLines = new ArrayList<>();
        problems.addAll(result.problems());
        for (Problem problem : problems) {
            problemLines.add(problem.location() == null ? problem.message()
                    : relative(roots, problem.location().file()) + ":" + problem.location().line() + ": "
                    + problem.message());
        }
        String topology = result.topology().kind().name().toLowerCase(java.util.Locale.ROOT) + " ("
                + result.topology().reason() + ")";
        return new Result(findings, topology, problemLines, javaFiles.size(), millis);
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

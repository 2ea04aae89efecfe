package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import dev.slotlint.client.Library;
import dev.slotlint.key.UnknownParts;
import dev.slotlint.topology.ProjectConfig;
import dev.slotlint.topology.ProjectTopology;
import dev.slotlint.topology.TopologySetting;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Parameters every slotlint goal shares, and the one way they turn into an analysis run. */
abstract class AnalysisMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Skips slotlint entirely. */
    @Parameter(property = "slotlint.skip", defaultValue = "false")
    protected boolean skip;

    /** Also analyses the test source roots. */
    @Parameter(property = "slotlint.includeTests", defaultValue = "false")
    protected boolean includeTests;

    /** Encoding of the Java sources. */
    @Parameter(property = "slotlint.encoding", defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /**
     * What to assume of values the analysis cannot know: {@code PLAIN} (an unknown value after known text, such as
     * the id in {@code "user:" + id}, holds no braces) or {@code ANY} (only hash tags of known text count).
     */
    @Parameter(property = "slotlint.unknownParts", defaultValue = "PLAIN")
    protected String unknownParts;

    /**
     * Whether the project targets a Redis Cluster: {@code auto} decides from its configuration (Spring Boot
     * properties and YAML, redis.conf) and code (cluster clients); {@code cluster} or {@code standalone} decide
     * for it.
     */
    @Parameter(property = "slotlint.topology", defaultValue = "auto")
    protected String topology;

    /** Cluster seed nodes ({@code host:port}) the project uses, when its configuration does not show them. */
    @Parameter(property = "slotlint.clusterNodes")
    protected List<String> clusterNodes;

    /** Reports every finding as if the project already ran on a cluster: for teams planning a migration. */
    @Parameter(property = "slotlint.clusterReady", defaultValue = "false")
    protected boolean clusterReady;

    /** Runs the analysis over the project's source roots and logs what could not be analysed. */
    protected AnalysisResult analyse() throws MojoExecutionException {
        List<Problem> problems = new ArrayList<>();
        Charset charset = charset();
        List<SourceFile> files = SourceTree.javaFiles(sourceRoots(), charset, problems);
        List<SourceFile> configFiles = SourceTree.files(project.getBasedir().toPath(),
                ProjectConfig::isConfigFile, charset, problems);
        AnalysisResult result = new Analyzer(settings()).analyze(files, configFiles);
        ProjectTopology topology = result.topology();
        getLog().info("slotlint: topology " + topology.kind().name().toLowerCase(Locale.ROOT) + " ("
                + topology.reason() + ")");
        if (topology.conflict() != null) {
            getLog().warn("slotlint: " + topology.conflict());
        }
        List<Problem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(result.problems());
        allProblems.sort(null);
        for (Problem problem : allProblems) {
            getLog().warn(dev.slotlint.report.ConsoleReport.line(problem));
        }
        return new AnalysisResult(result.findings(), allProblems, result.filesRead(), result.filesSkipped(),
                result.libraryVersions(), topology);
    }

    private AnalysisSettings settings() throws MojoExecutionException {
        AnalysisSettings settings = AnalysisSettings.defaults()
                .withUnknownParts(option(UnknownParts.class, unknownParts, "unknownParts"))
                .withTopology(option(TopologySetting.class, topology, "topology"),
                        clusterNodes == null ? List.of() : clusterNodes, clusterReady);
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
    protected static <E extends Enum<E>> E option(Class<E> type, String value, String parameter)
            throws MojoExecutionException {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("slotlint: " + parameter + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
        }
    }

    private Set<Path> sourceRoots() {
        Set<Path> roots = new LinkedHashSet<>();
        project.getCompileSourceRoots().forEach(r -> roots.add(Path.of(r)));
        if (includeTests) {
            project.getTestCompileSourceRoots().forEach(r -> roots.add(Path.of(r)));
        }
        return roots;
    }

    private Charset charset() {
        if (encoding == null || encoding.isBlank()) {
            Charset platform = Charset.defaultCharset();
            getLog().warn("slotlint: source encoding not set (project.build.sourceEncoding); reading sources as "
                    + platform.name() + ", i.e. the result is platform dependent");
            return platform;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            getLog().warn("slotlint: unknown source encoding '" + encoding + "'; reading sources as UTF-8");
            return StandardCharsets.UTF_8;
        }
    }
}

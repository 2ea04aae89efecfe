package dev.slotlint.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.util.List;

/** Parameters every analysing goal shares. */
abstract class AnalysisMojo extends AbstractMojo {

    /** The project analysed; set by Maven. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The build the project is part of, for naming the module in a build of several; set by Maven. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

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

    /** How many files to analyse at once; 0 means one per processor. Findings do not depend on it. */
    @Parameter(property = "slotlint.threads", defaultValue = "0")
    protected int threads;

    /** Reports every finding as if the project already ran on a cluster: for teams planning a migration. */
    @Parameter(property = "slotlint.clusterReady", defaultValue = "false")
    protected boolean clusterReady;

    /**
     * Files larger than this are not analysed, each named in a warning with its size: a number of bytes, or a
     * number followed by {@code KB}, {@code MB} or {@code GB}. {@code auto} is what the heap can parse: the most
     * heap Maven may use divided by 200 (1.3 MB under {@code -Xmx256m}, 5 MB under {@code -Xmx1g}).
     */
    @Parameter(property = "slotlint.maxFileSize", defaultValue = "auto")
    protected String maxFileSize;

    /**
     * Findings listed in this file (written by the {@code baseline} goal) are accepted and do not fail the build.
     * Default: {@code slotlint-baseline.xml} in the project directory, which may be absent; a file named here that
     * does not exist is warned about.
     */
    @Parameter(property = "slotlint.baseline")
    protected File baseline;

    /**
     * Ant-style patterns of the Java files to analyse, relative to their source root, as in maven-pmd-plugin
     * ({@code com/example/**}); default: every {@code .java} file.
     */
    @Parameter(property = "slotlint.includes")
    protected List<String> includes;

    /**
     * Ant-style patterns of files not to analyse: Java files relative to their source root, configuration files
     * relative to the project directory (<code>**&#47;generated/**</code>). A file they match is not read at all, even
     * when {@code includes} match it too.
     */
    @Parameter(property = "slotlint.excludes")
    protected List<String> excludes;

    /**
     * Directories not to analyse, such as the source root of generated or vendored code
     * ({@code target/generated-sources/openapi}); relative paths are taken from the project directory.
     */
    @Parameter(property = "slotlint.excludeRoots")
    protected List<File> excludeRoots;

    /**
     * A text file of more {@code excludes} patterns, one a line ({@code #} starts a comment): a place to list
     * generated and vendored code once for every goal. Default: {@code slotlint-excludes.txt} in the project
     * directory, which may be absent; a file named here that does not exist is warned about.
     */
    @Parameter(property = "slotlint.excludesFile")
    protected File excludesFile;

    /**
     * Keeps the analysis result with the digests of everything it depends on (sources, configuration files,
     * settings, client versions, slotlint itself) in {@code analysisCacheLocation}, so that a run over the same
     * inputs reads it back instead of analysing again, as maven-pmd-plugin's {@code analysisCache} does.
     */
    @Parameter(property = "slotlint.analysisCache", defaultValue = "true")
    protected boolean analysisCache;

    /** The directory of the analysis cache; one per module, so that modules built side by side never share it. */
    @Parameter(property = "slotlint.analysisCacheLocation", defaultValue = "${project.build.directory}/slotlint/cache")
    protected File analysisCacheLocation;

    protected AnalysisRun run() {
        AnalysisRun run = new AnalysisRun(project, session, options(), getLog());
        if (analysisCache && analysisCacheLocation != null) {
            run.cacheIn(analysisCacheLocation.toPath().resolve(project.getArtifactId() + ".json"));
        }
        return run;
    }

    /** Logs a {@code slotlint: ...} line, naming the module in a build of several. */
    protected void info(String message) {
        getLog().info(AnalysisRun.tag(AnalysisRun.label(project, session), message));
    }

    protected AnalysisRun.Options options() {
        return new AnalysisRun.Options(includeTests, encoding, unknownParts, topology, clusterNodes, clusterReady,
                threads, baseline, includes, excludes, excludeRoots, excludesFile, maxFileSize);
    }
}

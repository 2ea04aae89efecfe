package dev.slotlint.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.util.List;

/** Parameters every analysing goal shares. */
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

    /** Findings listed in this file (written by the {@code baseline} goal) are accepted and do not fail the build. */
    @Parameter(property = "slotlint.baseline", defaultValue = "${project.basedir}/slotlint-baseline.xml")
    protected File baseline;

    protected AnalysisRun run() {
        return new AnalysisRun(project, new AnalysisRun.Options(includeTests, encoding, unknownParts, topology,
                clusterNodes, clusterReady, threads, baseline == null ? null : baseline.toPath(), maxFileSize),
                getLog());
    }
}

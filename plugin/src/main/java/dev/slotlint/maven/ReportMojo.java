package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Rule;

import dev.slotlint.source.Location;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The slotlint page of the Maven site ({@code mvn site}), listed under Project Reports; also writes the standalone
 * HTML and SARIF reports. Findings in the baseline or suppressed in the code are left out, as in {@code check}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class ReportMojo extends AbstractMavenReport {

    @Parameter(property = "slotlint.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(property = "slotlint.includeTests", defaultValue = "false")
    private boolean includeTests;

    @Parameter(property = "slotlint.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Parameter(property = "slotlint.unknownParts", defaultValue = "PLAIN")
    private String unknownParts;

    @Parameter(property = "slotlint.topology", defaultValue = "auto")
    private String topology;

    @Parameter(property = "slotlint.clusterNodes")
    private List<String> clusterNodes;

    @Parameter(property = "slotlint.clusterReady", defaultValue = "false")
    private boolean clusterReady;

    @Parameter(property = "slotlint.threads", defaultValue = "0")
    private int threads;

    @Parameter(property = "slotlint.baseline", defaultValue = "${project.basedir}/slotlint-baseline.xml")
    private File baseline;

    @Parameter(property = "slotlint.maxFileSize", defaultValue = "auto")
    private String maxFileSize;

    @Parameter(property = "slotlint.htmlReport", defaultValue = "${project.build.directory}/slotlint/slotlint.html")
    private File htmlReport;

    @Parameter(property = "slotlint.sarifReport", defaultValue = "${project.build.directory}/slotlint/slotlint.sarif")
    private File sarifReport;

    @Override
    public String getOutputName() {
        return "slotlint";
    }

    @Override
    public String getName(Locale locale) {
        return "slotlint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Redis Cluster mistakes found in the code: cross-slot multi-key calls, standalone clients on a"
                + " cluster, and more.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        AnalysisRun run = new AnalysisRun(getProject(), new AnalysisRun.Options(includeTests, encoding, unknownParts,
                topology, clusterNodes, clusterReady, threads, baseline == null ? null : baseline.toPath(),
                maxFileSize), getLog());
        AnalysisResult result;
        List<Rule> rules;
        try {
            result = run.analyse(true);
            rules = run.settings().rules();
            run.writeReports(result, htmlReport == null ? null : htmlReport.toPath(),
                    sarifReport == null ? null : sarifReport.toPath());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        page(getSink(), result, rules, run.base());
    }

    private static void page(Sink sink, AnalysisResult result, List<Rule> rules, Path base) {
        sink.head();
        sink.title();
        sink.text("slotlint");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("slotlint");
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(dev.slotlint.report.ConsoleReport.summary(result) + ". Topology: "
                + result.topology().kind().name().toLowerCase(Locale.ROOT) + " (" + result.topology().reason() + ").");
        sink.paragraph_();
        sink.section1_();

        sink.section1();
        sink.sectionTitle1();
        sink.text("Findings");
        sink.sectionTitle1_();
        if (result.findings().isEmpty()) {
            sink.paragraph();
            sink.text("No findings.");
            sink.paragraph_();
        } else {
            sink.table();
            sink.tableRows();
            row(sink, true, "Severity", "Rule", "File", "Line", "Message");
            for (Finding finding : result.findings()) {
                Location at = finding.location();
                String file = base != null && at.file().startsWith(base) ? base.relativize(at.file()).toString()
                        : at.file().toString();
                row(sink, false, finding.severity().name(), finding.ruleId(), file, String.valueOf(at.line()),
                        finding.message());
            }
            sink.tableRows_();
            sink.table_();
        }
        sink.section1_();

        sink.section1();
        sink.sectionTitle1();
        sink.text("Rules");
        sink.sectionTitle1_();
        sink.table();
        sink.tableRows();
        row(sink, true, "Rule", "Severity", "Finds", "Fix");
        for (Rule rule : rules) {
            row(sink, false, rule.info().id(), rule.info().severity().name(), rule.info().summary(), rule.info().fix());
        }
        sink.tableRows_();
        sink.table_();
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void row(Sink sink, boolean header, String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) {
                sink.tableHeaderCell();
            } else {
                sink.tableCell();
            }
            sink.text(cell);
            if (header) {
                sink.tableHeaderCell_();
            } else {
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }

}

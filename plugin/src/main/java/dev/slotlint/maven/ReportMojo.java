package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import dev.slotlint.report.HtmlReport;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The slotlint page of the Maven site ({@code mvn site}), listed under Project Reports: what the standalone HTML
 * report shows (each finding with its file, line, code, keys and fix; the key inventory; the rules), inside the
 * site's own look. Also writes the standalone HTML and SARIF reports. Findings in the baseline or suppressed in the
 * code are left out, as in {@code check}.
 *
 * <p>The report runs under the site plugins Maven 3.8 and 3.9 bring by default (maven-site-plugin 3.3 and 3.12.1,
 * Doxia 1) as well as under maven-site-plugin 3.20 and later (Doxia 2): it implements {@link MavenReport} itself
 * and writes through the few {@link Sink} methods all of them share, rather than through maven-reporting-impl,
 * which needs Doxia 2.
 *
 * <p>Run on its own ({@code mvn slotlint:report}), the goal writes the page as a standalone file into
 * {@code outputDirectory}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true,
        requiresDependencyCollection = ResolutionScope.TEST)
public class ReportMojo extends AnalysisMojo implements MavenReport {

    /**
     * Where the page goes when the goal runs on its own; under {@code mvn site} the site plugin sets it to the site's
     * directory.
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", required = true)
    private File outputDirectory;

    /**
     * Leaves the page out of the site when it has nothing to show (no finding and nothing left unanalysed), as
     * maven-pmd-plugin does; {@code false} gives every module its page, "No findings" included.
     */
    @Parameter(property = "slotlint.skipEmptyReport", defaultValue = "true")
    private boolean skipEmptyReport;

    /** Where the standalone HTML report goes, relative to the project directory; empty to skip it. */
    @Parameter(property = "slotlint.htmlReport", defaultValue = "${project.build.directory}/slotlint/slotlint.html")
    private String htmlReport;

    /** Where the SARIF 2.1.0 report (for code scanning) goes, relative to the project directory; empty to skip it. */
    @Parameter(property = "slotlint.sarifReport", defaultValue = "${project.build.directory}/slotlint/slotlint.sarif")
    private String sarifReport;

    /** The analysis behind the page, made once: the site plugin asks whether there is a page before it asks for it. */
    private SitePage page;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            info("slotlint: skipped (slotlint.skip)");
            return;
        }
        SitePage made = page();
        Path file = outputDirectory.toPath().resolve(getOutputName() + ".html");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, made.standalone(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("slotlint: cannot write " + file + ": " + e.getMessage(), e);
        }
        info("slotlint: report page " + file);
    }

    /** The page: this project analysed, with the reactor modules it depends on, as {@code check} analyses it. */
    protected SitePage analyse() throws MojoExecutionException {
        AnalysisRun run = run();
        AnalysisResult result = run.analyse(true);
        writeReports(run, result);
        return new SitePage(run.projectName(), run.base(), result, run.settings(), run.charset());
    }

    /** The standalone HTML and SARIF reports of an analysis, where {@code htmlReport} and {@code sarifReport} say. */
    protected void writeReports(AnalysisRun run, AnalysisResult result) throws MojoExecutionException {
        run.writeReports(result, run.reportPath(htmlReport), run.reportPath(sarifReport));
    }

    private SitePage page() throws MojoExecutionException {
        if (page == null) {
            page = analyse();
        }
        return page;
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        if (!skipEmptyReport) {
            return true;
        }
        boolean empty = made().isEmpty();
        if (empty) {
            info("slotlint: nothing to report, so the site has no slotlint page (skipEmptyReport)");
        }
        return !empty;
    }

    /** Writes the page through a Doxia 2 sink (maven-site-plugin 3.20 and later). */
    @Override
    public void generate(Sink sink, Locale locale) {
        SitePage made = made();
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        sink.body();
        sink.rawText(made.fragment());
        sink.body_();
        sink.flush();
        sink.close();
    }

    /** Writes the page through a Doxia 1 sink (maven-site-plugin before 3.20); the methods used are the same. */
    public void generate(org.codehaus.doxia.sink.Sink sink, Locale locale) {
        Object doxia = sink;
        generate((Sink) doxia, locale);
    }

    /**
     * The page for the site plugin's calls, which declare no exception of slotlint's: a failed analysis ends the
     * site build with its message.
     */
    private SitePage made() {
        try {
            return page();
        } catch (MojoExecutionException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return "slotlint";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
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
    public void setReportOutputDirectory(File directory) {
        this.outputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** The HTML of one report page, for the site or as a file of its own. */
    protected record SitePage(String name, Path base, AnalysisResult result, dev.slotlint.AnalysisSettings settings,
                              java.nio.charset.Charset charset) {

        /** Nothing to show: no finding, and nothing the analysis had to leave out. */
        boolean isEmpty() {
            return result.findings().isEmpty() && result.problems().isEmpty();
        }

        private HtmlReport report() {
            return new HtmlReport(HtmlReport.fromDisk(charset), settings.unknownParts());
        }

        String fragment() {
            return report().renderFragment(result, name, base, settings.rules());
        }

        String standalone() {
            return report().render(result, name, base, settings.rules());
        }
    }
}

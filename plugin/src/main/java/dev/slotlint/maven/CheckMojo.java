package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import dev.slotlint.report.ConsoleReport;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

import java.io.File;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Analyses the project's Java sources and configuration for Redis Cluster mistakes, prints each finding as a
 * compiler-style line, writes the HTML and SARIF reports, and fails the build when there are violations. In an IDE
 * (Eclipse m2e) findings also become markers on their lines.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AnalysisMojo {

    /** Fails the build when a finding reaches {@code failOnSeverity}. */
    @Parameter(property = "slotlint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The mildest severity that counts as a violation: {@code ERROR} or {@code WARNING}. */
    @Parameter(property = "slotlint.failOnSeverity", defaultValue = "ERROR")
    private String failOnSeverity;

    /** Where the standalone HTML report goes; empty to skip it. */
    @Parameter(property = "slotlint.htmlReport", defaultValue = "${project.build.directory}/slotlint/slotlint.html")
    private File htmlReport;

    /** Where the SARIF 2.1.0 report goes (for code scanning); empty to skip it. */
    @Parameter(property = "slotlint.sarifReport", defaultValue = "${project.build.directory}/slotlint/slotlint.sarif")
    private File sarifReport;

    @Component
    private BuildContext buildContext;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("slotlint: skipped (slotlint.skip)");
            return;
        }
        Severity threshold = AnalysisRun.option(Severity.class, failOnSeverity, "failOnSeverity");
        AnalysisRun run = run();
        AnalysisResult result = run.analyse(true);
        boolean ide = buildContext != null && !(buildContext instanceof DefaultBuildContext);
        Set<File> marked = new LinkedHashSet<>();
        int violations = 0;
        for (Finding finding : result.findings()) {
            String line = ConsoleReport.line(finding);
            switch (finding.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case INFO -> getLog().info(line);
            }
            if (ide) {
                File file = finding.location().file().toFile();
                if (marked.add(file)) {
                    buildContext.removeMessages(file);
                }
                buildContext.addMessage(file, finding.location().line(), finding.location().column(),
                        "[" + finding.ruleId() + "] " + finding.message(), finding.severity() == Severity.ERROR
                                ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
            }
            if (finding.severity().atLeast(threshold)) {
                violations++;
            }
        }
        getLog().info(ConsoleReport.summary(result));
        run.writeReports(result, htmlReport == null ? null : htmlReport.toPath(),
                sarifReport == null ? null : sarifReport.toPath());
        if (violations > 0 && failOnViolation && !ide) {
            throw new MojoFailureException("slotlint: " + violations + (violations == 1 ? " violation" : " violations")
                    + " (findings of severity " + threshold + " or worse); see the lines above or "
                    + (htmlReport == null ? "the reports" : htmlReport));
        }
    }
}

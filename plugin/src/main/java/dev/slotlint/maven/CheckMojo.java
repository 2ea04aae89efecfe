package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import dev.slotlint.report.ConsoleReport;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;


/**
 * Analyses the project's Java sources for Redis Cluster mistakes, prints each finding as a compiler-style line and
 * fails the build when there are violations.
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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("slotlint: skipped (slotlint.skip)");
            return;
        }
        Severity threshold = option(Severity.class, failOnSeverity, "failOnSeverity");
        AnalysisResult result = analyse();
        int violations = 0;
        for (Finding finding : result.findings()) {
            String line = ConsoleReport.line(finding);
            if (finding.severity() == Severity.ERROR) {
                getLog().error(line);
            } else if (finding.severity() == Severity.WARNING) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
            if (finding.severity().atLeast(threshold)) {
                violations++;
            }
        }
        getLog().info(ConsoleReport.summary(result));
        if (violations > 0 && failOnViolation) {
            throw new MojoFailureException("slotlint: " + violations + (violations == 1 ? " violation" : " violations")
                    + " (findings of severity " + threshold + " or worse); see the lines above");
        }
    }
}

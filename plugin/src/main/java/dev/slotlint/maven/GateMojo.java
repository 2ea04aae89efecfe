package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import dev.slotlint.report.ConsoleReport;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.List;

/**
 * What the goals that gate a build share ({@code check} for a module, {@code aggregate} for the build): printing the
 * findings, writing the reports, and failing on violations as maven-pmd-plugin's {@code check} does.
 */
abstract class GateMojo extends AnalysisMojo {

    /** How many violations the failure message lists; the rest are counted. */
    static final int LISTED = 20;

    /** Fails the build when more findings than {@code maxAllowedViolations} reach {@code failOnSeverity}. */
    @Parameter(property = "slotlint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The mildest severity that counts as a violation: {@code ERROR} or {@code WARNING}. */
    @Parameter(property = "slotlint.failOnSeverity", defaultValue = "ERROR")
    private String failOnSeverity;

    /**
     * How many violations the build tolerates before it fails, as in maven-pmd-plugin and maven-checkstyle-plugin:
     * a way to adopt slotlint on a project with known findings and lower the number as they are fixed.
     */
    @Parameter(property = "slotlint.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /**
     * Where the standalone HTML report goes, relative to the project directory (for {@code aggregate}, the build's
     * root); empty to skip it.
     */
    @Parameter(property = "slotlint.htmlReport", defaultValue = "${project.build.directory}/slotlint/slotlint.html")
    private String htmlReport;

    /**
     * Where the SARIF 2.1.0 report (for code scanning) goes, relative to the project directory (for
     * {@code aggregate}, the build's root); empty to skip it.
     */
    @Parameter(property = "slotlint.sarifReport", defaultValue = "${project.build.directory}/slotlint/slotlint.sarif")
    private String sarifReport;

    /** The severity threshold, checked with the other gate settings before any analysis runs. */
    protected Severity threshold() throws MojoExecutionException {
        Severity threshold = AnalysisRun.option(Severity.class, failOnSeverity, "failOnSeverity");
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("slotlint: maxAllowedViolations must be 0 or more, not "
                    + maxAllowedViolations);
        }
        return threshold;
    }

    /** Prints every finding as a compiler-style line at the log level of its severity. */
    protected void print(AnalysisResult result) {
        for (Finding finding : result.findings()) {
            String line = ConsoleReport.line(finding);
            switch (finding.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case INFO -> getLog().info(line);
            }
        }
    }

    /**
     * Logs the summary, writes the reports, and fails when the violations are more than the build tolerates;
     * {@code mayFail} false (an IDE build, where markers say it) only reports.
     */
    protected void gate(AnalysisRun run, AnalysisResult result, String summary, Severity threshold, boolean mayFail)
            throws MojoExecutionException, MojoFailureException {
        run.info(summary);
        Path html = run.reportPath(htmlReport);
        run.writeReports(result, html, run.reportPath(sarifReport));
        List<Finding> violations = result.findings().stream().filter(f -> f.severity().atLeast(threshold)).toList();
        if (violations.isEmpty() || !failOnViolation || !mayFail) {
            return;
        }
        if (violations.size() <= maxAllowedViolations) {
            run.info("slotlint: " + count(violations.size()) + " of severity " + threshold + " or worse, within"
                    + " maxAllowedViolations (" + maxAllowedViolations + ")");
            return;
        }
        throw new MojoFailureException(failure(violations, threshold, maxAllowedViolations, html));
    }

    /**
     * The failure message, which lists the violations itself (the first {@value #LISTED}, then a count), so that a
     * build run with {@code -q}, which hides everything but errors, still shows what failed it.
     */
    static String failure(List<Finding> violations, Severity threshold, int allowed, Path html) {
        StringBuilder message = new StringBuilder("slotlint: ").append(count(violations.size()))
                .append(" (findings of severity ").append(threshold).append(" or worse)");
        if (allowed > 0) {
            message.append(", more than maxAllowedViolations (").append(allowed).append(")");
        }
        message.append(':');
        violations.stream().limit(LISTED).forEach(finding -> message.append('\n').append(ConsoleReport.line(finding)));
        if (violations.size() > LISTED) {
            message.append("\nand ").append(violations.size() - LISTED).append(" more");
        }
        if (html != null) {
            message.append("\nEvery finding, with its code and fix: ").append(html);
        }
        return message.toString();
    }

    private static String count(int violations) {
        return violations + (violations == 1 ? " violation" : " violations");
    }
}

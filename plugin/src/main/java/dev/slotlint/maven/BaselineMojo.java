package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import dev.slotlint.report.Baseline;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;

/**
 * Writes every current finding to the baseline file ({@code slotlint-baseline.xml}), so that {@code check} fails only
 * on findings that are new. Commit the file; run this goal again to accept more. Findings are identified by rule,
 * file, type and member, command and keys, so that the file holds across client upgrades and edits that move lines.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyCollection = ResolutionScope.TEST)
public class BaselineMojo extends AnalysisMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            info("slotlint: skipped (slotlint.skip)");
            return;
        }
        AnalysisRun run = run();
        AnalysisResult result = run.analyse(false);
        java.nio.file.Path file = run.baselinePath();
        try {
            Baseline.write(result.findings(), run.base(), file);
        } catch (IOException e) {
            throw new MojoExecutionException("slotlint: " + e.getMessage(), e);
        }
        run.info("slotlint: baseline " + file + " accepts " + result.findings().size()
                + (result.findings().size() == 1 ? " finding" : " findings"));
    }
}

package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import dev.slotlint.report.ConsoleReport;
import dev.slotlint.rule.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * Analyses the project's Java sources and configuration for Redis Cluster mistakes, prints each finding as a
 * compiler-style line, writes the HTML and SARIF reports, and fails the build when there are violations. In an IDE
 * (Eclipse m2e) findings also become markers on their lines; a save that changes nothing slotlint reads analyses
 * nothing, and one that does re-analyses only what the change touches (see {@code analysisCache}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyCollection = ResolutionScope.TEST)
public class CheckMojo extends GateMojo {

    @Component
    private BuildContext buildContext;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            info("slotlint: skipped (slotlint.skip)");
            return;
        }
        Severity threshold = threshold();
        AnalysisRun run = run();
        boolean ide = buildContext != null && !(buildContext instanceof DefaultBuildContext);
        if (ide && !IdeMarkers.mustAnalyse(buildContext, run.watchedPaths())) {
            run.info("slotlint: nothing it reads changed since the last analysis; markers kept");
            return;
        }
        AnalysisResult result = run.analyse(true);
        print(result);
        if (ide) {
            IdeMarkers.update(buildContext, result.findings(), run.analysedFiles());
        }
        gate(run, result, ConsoleReport.summary(result), threshold, !ide);
    }
}

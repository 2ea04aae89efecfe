package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The slotlint page of a multi-module build's site, at its root: every module analysed as {@code check} analyses
 * it, with the modules it depends on, and one page for the whole build (as maven-pmd-plugin's {@code aggregate-pmd}).
 * Declared in the root POM's {@code <reporting>} with {@code <inherited>false</inherited>}, or run on its own
 * ({@code mvn slotlint:aggregate-report}) to write the page as a file at the root.
 */
@Mojo(name = "aggregate-report", aggregator = true, defaultPhase = LifecyclePhase.SITE, threadSafe = true,
        requiresDependencyCollection = ResolutionScope.TEST)
public class AggregateReportMojo extends ReportMojo {

    @Override
    protected SitePage analyse() throws MojoExecutionException {
        AnalysisRun root = run();
        AnalysisResult result = AggregateMojo.analyseEveryModule(this);
        writeReports(root, result);
        return new SitePage(root.projectName(), root.base(), result, root.settings(), root.charset());
    }
}

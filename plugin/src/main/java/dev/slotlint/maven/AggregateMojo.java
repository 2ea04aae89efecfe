package dev.slotlint.maven;

import dev.slotlint.AnalysisResult;
import dev.slotlint.KeyUse;
import dev.slotlint.client.CommandCall;
import dev.slotlint.client.Library;
import dev.slotlint.report.ConsoleReport;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Severity;
import dev.slotlint.source.Problem;
import dev.slotlint.topology.Evidence;
import dev.slotlint.topology.ProjectTopology;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Analyses every module of the build at once, from its root, and writes one HTML report and one SARIF file for the
 * whole build (paths relative to the root), failing the build on violations as {@code check} does. Each module is
 * judged as {@code check} judges it (with the modules it depends on, in its own topology), so the findings are those
 * of {@code check} in every module; the clients a library makes are reported once, for the first module using it
 * that finds them wrong. For uploading to code scanning, where one file must cover the repository.
 */
@Mojo(name = "aggregate", aggregator = true, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyCollection = ResolutionScope.TEST)
public class AggregateMojo extends GateMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            info("slotlint: skipped (slotlint.skip)");
            return;
        }
        Severity threshold = threshold();
        List<MavenProject> modules = modules(this);
        AnalysisResult result = analyseEveryModule(this);
        print(result);
        gate(run(), result, ConsoleReport.summary(result).replaceFirst("^slotlint: ",
                "slotlint: " + modules.size() + (modules.size() == 1 ? " module, " : " modules, ")), threshold, true);
    }

    /** The modules of the build the goal runs in: all of the reactor, or the one project outside a reactor. */
    static List<MavenProject> modules(AnalysisMojo goal) {
        return goal.session.getProjects() == null || goal.session.getProjects().isEmpty()
                ? List.of(goal.project) : goal.session.getProjects();
    }

    /** Every module analysed as {@code check} analyses it, a library's clients judged once, the results as one. */
    static AnalysisResult analyseEveryModule(AnalysisMojo goal) throws MojoExecutionException {
        ReactorModules.Claims claims = ReactorModules.Claims.local();
        List<String> names = new ArrayList<>();
        List<AnalysisResult> results = new ArrayList<>();
        for (MavenProject module : modules(goal)) {
            AnalysisRun run = new AnalysisRun(module, goal.session, goal.options(), goal.getLog(), claims, true);
            results.add(run.analyse(true));
            names.add(module.getArtifactId());
        }
        return merge(names, results);
    }

    /**
     * The results of every module as one: their findings, problems, files and calls together (no file is two
     * modules'), the client versions of all, and a topology that is the modules' own when they agree, and says each
     * module's when they do not.
     */
    static AnalysisResult merge(List<String> names, List<AnalysisResult> results) {
        List<Finding> findings = new ArrayList<>();
        Set<Problem> problems = new LinkedHashSet<>();
        List<CommandCall> calls = new ArrayList<>();
        List<KeyUse> keyUses = new ArrayList<>();
        List<Finding> silenced = new ArrayList<>();
        Map<Library, String> versions = new EnumMap<>(Library.class);
        int files = 0;
        int skipped = 0;
        int baselined = 0;
        int unread = 0;
        for (AnalysisResult result : results) {
            findings.addAll(result.findings());
            problems.addAll(result.problems());
            calls.addAll(result.calls());
            keyUses.addAll(result.keyUses());
            silenced.addAll(result.silenced());
            result.libraryVersions().forEach(versions::putIfAbsent);
            files += result.filesRead();
            skipped += result.filesSkipped();
            baselined += result.baselined();
            unread += result.unreadDirectories();
        }
        findings.sort(Finding.ORDER);
        List<Problem> distinct = new ArrayList<>(problems);
        distinct.sort(null);
        return new AnalysisResult(findings, distinct, files, skipped, versions, topology(names, results), calls,
                keyUses, silenced, baselined, unread);
    }

    private static ProjectTopology topology(List<String> names, List<AnalysisResult> results) {
        Set<ProjectTopology.Kind> kinds = new LinkedHashSet<>();
        List<String> told = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        boolean clusterReady = false;
        for (int i = 0; i < results.size(); i++) {
            ProjectTopology topology = results.get(i).topology();
            clusterReady |= topology.clusterReady();
            if (topology.evidence().isEmpty() && topology.kind() == ProjectTopology.Kind.UNKNOWN) {
                continue;
            }
            kinds.add(topology.kind());
            told.add(names.get(i) + ": " + topology.kind().name().toLowerCase(Locale.ROOT) + " ("
                    + topology.reason() + ")");
            topology.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
        }
        if (told.isEmpty()) {
            return results.isEmpty() ? new ProjectTopology(ProjectTopology.Kind.UNKNOWN, "no module", List.of(),
                    null, false, null) : results.get(0).topology();
        }
        ProjectTopology.Kind kind = kinds.size() == 1 ? kinds.iterator().next() : ProjectTopology.Kind.UNKNOWN;
        return new ProjectTopology(kind, "per module: " + String.join("; ", told), evidence, null, clusterReady,
                null);
    }
}

package dev.slotlint.bench;

import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.key.UnknownParts;
import dev.slotlint.report.Baseline;
import dev.slotlint.report.ConsoleReport;
import dev.slotlint.report.HtmlReport;
import dev.slotlint.report.SarifReport;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Rules;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import dev.slotlint.topology.ProjectConfig;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the {@link StressProject} and analyses it as {@code mvn verify} would: files found, the analysis on two
 * threads, the HTML and SARIF reports written, a baseline written and read back. Prints every warning and finding
 * line, then {@code STRESS seconds=.. heap=..}: the wall time from finding the files to the last report, and the
 * most heap in use. Run it with {@code -Xmx256m}:
 * <pre>java -Xmx256m -cp ... dev.slotlint.bench.Stress DIR</pre>
 */
public final class Stress {

    private Stress() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath().normalize();
        List<String> skipped = StressProject.write(dir);
        skipped.forEach(name -> System.out.println("SKIPPED " + name + " (this system cannot make it)"));
        Measure.HeapWatch heap = Measure.HeapWatch.start();
        long start = System.nanoTime();

        List<Problem> problems = new ArrayList<>();
        List<SourceFile> files = SourceTree.javaFiles(List.of(dir.resolve("src/main/java"), dir.resolve("src/missing"),
                dir.resolve("src/file-root")), StandardCharsets.UTF_8, problems);
        List<SourceFile> config = SourceTree.files(dir, ProjectConfig::isConfigFile, StandardCharsets.UTF_8, problems);
        AnalysisSettings settings = AnalysisSettings.defaults().withThreads(2);
        AnalysisResult result = new Analyzer(settings).analyze(files, config);
        problems.addAll(result.problems());
        problems.sort(null);
        result = result.withProblems(problems);
        Path out = Files.createDirectories(dir.resolve("target/slotlint"));
        new HtmlReport(HtmlReport.fromDisk(StandardCharsets.UTF_8), UnknownParts.PLAIN)
                .write(result, "stress", dir, Rules.all(), out.resolve("slotlint.html"));
        new SarifReport().write(result, dir, Rules.all(), "stress", out.resolve("slotlint.sarif"));
        Path baseline = dir.resolve("slotlint-baseline.xml");
        Baseline.write(result.findings(), dir, baseline);
        AnalysisResult again = Baseline.read(baseline).apply(result, dir);

        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stop();
        System.out.println("TOPOLOGY " + result.topology().kind() + " " + result.topology().reason());
        for (Problem problem : result.problems()) {
            System.out.println("[WARNING] " + ConsoleReport.line(problem));
        }
        for (Finding finding : result.findings()) {
            System.out.println("[" + finding.severity() + "] " + ConsoleReport.line(finding));
        }
        System.out.println(ConsoleReport.summary(result));
        System.out.println("BASELINE " + again.findings().size() + " left of " + result.findings().size());
        System.out.println(String.format(Locale.ROOT, "REPORTS html=%d sarif=%d baseline=%d bytes",
                Files.size(out.resolve("slotlint.html")), Files.size(out.resolve("slotlint.sarif")),
                Files.size(baseline)));
        System.out.println(String.format(Locale.ROOT, "STRESS seconds=%.1f heap=%dMB max=%dMB", millis / 1000.0,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20));
    }
}

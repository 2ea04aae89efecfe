package dev.slotlint.bench.field;

import dev.slotlint.bench.field.FieldCorpus.Label;
import dev.slotlint.bench.field.FieldCorpus.Mode;
import dev.slotlint.bench.field.FieldCorpus.Project;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The field corpus gate, run in every build: see {@code bench/field/LABELLING.md}. */
class FieldCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("field.corpus", "field"));
    private static final Path JARS = Path.of(System.getProperty("field.jars", "target/field/jars"));
    private static final Path WORK = Path.of(System.getProperty("field.work", "target/field"));

    @Test
    void everyLabelNamesALineOfTheProjectsCode() throws IOException {
        FieldCorpus corpus = FieldCorpus.read(CORPUS);
        FieldRun runner = new FieldRun(JARS, WORK.resolve("src"));
        List<String> wrong = new ArrayList<>();
        for (Project project : corpus.projects()) {
            Set<String> seen = new HashSet<>();
            for (Label label : project.labels()) {
                var module = project.modules().stream().filter(m -> m.artifactId().equals(label.artifact()))
                        .findFirst();
                String where = "labels/" + project.name() + ".tsv:" + label.labelLine() + ": ";
                if (module.isEmpty()) {
                    wrong.add(where + "no module " + label.artifact());
                    continue;
                }
                Path file = runner.moduleDirectory(project, module.get()).resolve(label.file());
                if (!Files.isRegularFile(file)) {
                    wrong.add(where + "no file " + label.file());
                } else if (label.line() < 1 || label.line() > Files.readAllLines(file, StandardCharsets.UTF_8).size()) {
                    wrong.add(where + label.file() + " has no line " + label.line());
                }
                String expectation = label.place() + "\t" + label.rule() + label.modes();
                if (!seen.add(expectation)) {
                    wrong.add(where + "labelled twice");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCorpusMeetsTheRecordedFigures() throws IOException {
        FieldCorpus corpus = FieldCorpus.read(CORPUS);
        assertTrue(corpus.projects().size() >= 12, "the corpus holds at least 12 projects");
        Field.Report report = Field.run(corpus, JARS, WORK);
        System.out.println(report.text());
        List<String> failures = report.gate(CORPUS);
        assertTrue(failures.isEmpty(), failures.size() + " gate failures:\n" + String.join("\n", failures));
    }

    @Test
    void jetcacheIsAnalysedAsABuildOfModulesEachWithTheCoreItUses() throws IOException {
        Project jetcache = FieldCorpus.read(CORPUS).projects().stream().filter(p -> p.name().equals("jetcache"))
                .findFirst().orElseThrow();
        assertTrue(jetcache.isReactor());
        assertEquals(List.of(List.of(), List.of("jetcache-core"), List.of("jetcache-core")),
                jetcache.modules().stream().map(FieldCorpus.Module::uses).toList());
        FieldRun.Result result = new FieldRun(JARS, WORK.resolve("src")).run(jetcache, Mode.DEFAULT);
        assertEquals("jetcache-core: unknown (no Redis configuration found); jetcache-redis: unknown (no Redis"
                + " configuration found); jetcache-redis-lettuce: unknown (no Redis configuration found)",
                result.topology());
        assertEquals(100, result.files(), "each module's files counted once, by its own analysis");
    }

    @Test
    void scoresFindingsAgainstLabelsPerMode() {
        Label cross = new Label("m", "A.java", 10, "CrossSlot", List.of(Mode.values()), false, "keys differ", 1);
        Label ready = new Label("m", "A.java", 20, "StandaloneClientOnCluster", List.of(Mode.CLUSTER_READY), false,
                "unconditional", 2);
        Label silent = new Label("m", "A.java", 30, null, List.of(), false, "one tag", 3);
        Label reach = new Label("m", "A.java", 40, null, List.of(), true, "user keys", 4);
        Label missed = new Label("m", "A.java", 50, "ClusterFanOut", List.of(Mode.values()), false, "split", 5);
        Project project = new Project("p", List.of(), java.util.Map.of(), "", List.of(cross, ready, silent, reach,
                missed));
        List<FieldRun.FieldFinding> findings = List.of(finding(10, "CrossSlot"), finding(10, "CrossSlot"),
                finding(20, "StandaloneClientOnCluster"), finding(30, "CrossSlot"), finding(40, "CrossSlot"),
                finding(60, "CrossSlot"));
        FieldRun.Result run = new FieldRun.Result(findings, "unknown", List.of(), 1, 0);

        FieldScore byDefault = FieldScore.of(project, Mode.DEFAULT, run);
        assertEquals(1, byDefault.truePositives().size());
        assertEquals(List.of("reported twice", "labelled StandaloneClientOnCluster@clusterReady: unconditional",
                "labelled silent: one tag"), byDefault.falsePositives().stream().map(FieldScore.Wrong::why).toList());
        assertEquals(List.of(60), byDefault.unlabelled().stream().map(FieldRun.FieldFinding::line).toList());
        assertEquals(List.of(missed), byDefault.misses());
        assertEquals(1, byDefault.outOfReach());

        FieldScore ready2 = FieldScore.of(project, Mode.CLUSTER_READY, run);
        assertEquals(2, ready2.truePositives().size());
        assertEquals(2, ready2.falsePositives().size());
        assertEquals(3, ready2.expected());
    }

    private static FieldRun.FieldFinding finding(int line, String rule) {
        return new FieldRun.FieldFinding("m", "A.java", line, rule, "ERROR", "message");
    }
}

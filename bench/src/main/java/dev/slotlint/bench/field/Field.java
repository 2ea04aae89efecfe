package dev.slotlint.bench.field;

import dev.slotlint.bench.field.FieldCorpus.Label;
import dev.slotlint.bench.field.FieldCorpus.Mode;
import dev.slotlint.bench.field.FieldCorpus.Project;
import dev.slotlint.bench.field.FieldRun.FieldFinding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs slotlint on every project of the field corpus in both modes, scores the findings against the labels, prints
 * the table and every finding that is false or unlabelled and every miss, writes {@code field.md}, and checks the
 * gate: precision and recall no lower than {@code recorded.tsv}, no false finding at a labelled place that
 * {@code known-false-positives.tsv} does not list, no unlabelled finding.
 * <pre>Field CORPUS_DIR JARS_DIR WORK_DIR [--record]</pre>
 * With {@code --record}, the figures of this run become the recorded ones; {@code -Dfield.only=a,b} runs only the
 * projects named.
 */
public final class Field {

    private Field() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Report report = run(FieldCorpus.read(corpus), Path.of(args[1]), Path.of(args[2]));
        System.out.println(report.text());
        Files.createDirectories(Path.of(args[2]));
        Files.writeString(Path.of(args[2]).resolve("field.md"), report.text(), StandardCharsets.UTF_8);
        if (args.length > 3 && args[3].equals("--record")) {
            report.record(corpus.resolve("recorded.tsv"));
            System.out.println("recorded in " + corpus.resolve("recorded.tsv"));
            return;
        }
        List<String> failures = report.gate(corpus);
        if (!failures.isEmpty()) {
            System.out.println("field corpus gate FAILED:");
            failures.forEach(f -> System.out.println("  " + f));
            System.exit(1);
        }
        System.out.println("field corpus gate passed");
    }

    /** Analyses and scores every project in both modes. */
    public static Report run(FieldCorpus corpus, Path jars, Path work) throws IOException {
        FieldRun runner = new FieldRun(jars, work.resolve("src"));
        List<FieldScore> scores = new ArrayList<>();
        List<String> only = List.of(System.getProperty("field.only", "").split(","));
        for (Project project : corpus.projects()) {
            if (!only.equals(List.of("")) && !only.contains(project.name())) {
                continue;
            }
            for (Mode mode : Mode.values()) {
                scores.add(FieldScore.of(project, mode, runner.run(project, mode)));
            }
        }
        return new Report(scores);
    }

    /** The scores of one run, as a table and as the gate reads them. */
    public record Report(List<FieldScore> scores) {

        public List<FieldScore> in(Mode mode) {
            return scores.stream().filter(s -> s.mode() == mode).toList();
        }

        public double precision(Mode mode) {
            int truePositives = in(mode).stream().mapToInt(s -> s.truePositives().size()).sum();
            int judged = in(mode).stream().mapToInt(FieldScore::judged).sum();
            return judged == 0 ? 1.0 : (double) truePositives / judged;
        }

        public double recall(Mode mode) {
            int truePositives = in(mode).stream().mapToInt(s -> s.truePositives().size()).sum();
            int expected = in(mode).stream().mapToInt(FieldScore::expected).sum();
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }

        public String text() {
            StringBuilder out = new StringBuilder();
            for (Mode mode : Mode.values()) {
                out.append("## ").append(mode == Mode.DEFAULT ? "Default mode" : "clusterReady=true").append("\n\n");
                out.append("| project | clients | files | labels | findings | true | false | unlabelled | missed"
                        + " | precision | recall | time |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
                int files = 0;
                int labels = 0;
                int findings = 0;
                int truePositives = 0;
                int falsePositives = 0;
                int unlabelled = 0;
                int missed = 0;
                int expected = 0;
                long millis = 0;
                for (FieldScore score : in(mode)) {
                    out.append(row(score.project().name(), score.project().versionText(), score.run().files(),
                            score.project().labels().size(), score.run().findings().size(),
                            score.truePositives().size(), score.falsePositives().size(), score.unlabelled().size(),
                            score.misses().size(), score.judged(), score.expected(), score.run().millis()));
                    files += score.run().files();
                    labels += score.project().labels().size();
                    findings += score.run().findings().size();
                    truePositives += score.truePositives().size();
                    falsePositives += score.falsePositives().size();
                    unlabelled += score.unlabelled().size();
                    missed += score.misses().size();
                    expected += score.expected();
                    millis += score.run().millis();
                }
                out.append(row("**total**", "", files, labels, findings, truePositives, falsePositives, unlabelled,
                        missed, truePositives + falsePositives + unlabelled, expected, millis));
                out.append('\n');
            }
            for (FieldScore score : scores) {
                if (score.falsePositives().isEmpty() && score.unlabelled().isEmpty() && score.misses().isEmpty()) {
                    continue;
                }
                out.append("### ").append(score.project().name()).append(", ").append(score.mode().label())
                        .append(" (topology ").append(score.run().topology()).append(")\n\n```\n");
                for (FieldScore.Wrong wrong : score.falsePositives()) {
                    out.append("false      ").append(line(wrong.finding())).append("\n           ")
                            .append(wrong.why()).append('\n');
                }
                for (FieldFinding finding : score.unlabelled()) {
                    out.append("unlabelled ").append(line(finding)).append('\n');
                }
                for (Label miss : score.misses()) {
                    out.append("missed     ").append(miss.place()).append('\t').append(miss.rule()).append('\t')
                            .append(miss.reason()).append('\n');
                }
                out.append("```\n\n");
            }
            return out.toString();
        }

        private static String line(FieldFinding finding) {
            return finding.place() + "\t" + finding.rule() + "\t" + finding.severity() + " " + finding.message();
        }

        private static String row(String name, String clients, int files, int labels, int findings, int truePositives,
                                  int falsePositives, int unlabelled, int missed, int judged, int expected,
                                  long millis) {
            return "| " + name + " | " + clients + " | " + files + " | " + labels + " | " + findings + " | "
                    + truePositives + " | " + falsePositives + " | " + unlabelled + " | " + missed + " | "
                    + ratio(truePositives, judged) + " | " + ratio(truePositives, expected) + " | "
                    + String.format(Locale.ROOT, "%.2f s", millis / 1000.0) + " |\n";
        }

        private static String ratio(int part, int whole) {
            return whole == 0 ? "—" : String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100.0 * part / whole, part, whole);
        }

        /** What keeps the gate shut, empty when it passes. */
        public List<String> gate(Path corpus) throws IOException {
            List<String> failures = new ArrayList<>();
            Map<Mode, double[]> recorded = recorded(corpus.resolve("recorded.tsv"));
            List<String> known = known(corpus.resolve("known-false-positives.tsv"));
            for (Mode mode : Mode.values()) {
                double[] floor = recorded.get(mode);
                if (floor != null && rounded(precision(mode)) < floor[0]) {
                    failures.add(mode.label() + ": precision " + format(precision(mode)) + " fell below the recorded "
                            + format(floor[0]));
                }
                if (floor != null && rounded(recall(mode)) < floor[1]) {
                    failures.add(mode.label() + ": recall " + format(recall(mode)) + " fell below the recorded "
                            + format(floor[1]));
                }
            }
            for (FieldScore score : scores) {
                for (FieldScore.Wrong wrong : score.falsePositives()) {
                    String id = score.mode().label() + "\t" + score.project().name() + "\t" + wrong.finding().place()
                            + "\t" + wrong.finding().rule();
                    if (!known.contains(id)) {
                        failures.add("false finding in " + score.project().name() + " (" + score.mode().label()
                                + "): " + line(wrong.finding()) + " — " + wrong.why());
                    }
                }
                for (FieldFinding finding : score.unlabelled()) {
                    failures.add("unlabelled finding in " + score.project().name() + " (" + score.mode().label()
                            + "): " + line(finding) + " — label it in bench/field/labels/" + score.project().name()
                            + ".tsv");
                }
            }
            return failures;
        }

        /** Writes this run's precision and recall as the figures the gate holds later runs to. */
        public void record(Path file) throws IOException {
            StringBuilder out = new StringBuilder("# The field corpus gate: a run may not fall below these figures."
                    + "\n# mode\tprecision\trecall\n");
            for (Mode mode : Mode.values()) {
                out.append(mode.label()).append('\t').append(format(precision(mode))).append('\t')
                        .append(format(recall(mode))).append('\n');
            }
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        }

        private static Map<Mode, double[]> recorded(Path file) throws IOException {
            Map<Mode, double[]> figures = new EnumMap<>(Mode.class);
            if (!Files.exists(file)) {
                return figures;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                for (Mode mode : Mode.values()) {
                    if (mode.label().equals(columns[0])) {
                        figures.put(mode, new double[] {Double.parseDouble(columns[1]), Double.parseDouble(columns[2])});
                    }
                }
            }
            return figures;
        }

        private static List<String> known(Path file) throws IOException {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
        }

        private static double rounded(double value) {
            return Math.round(value * 1000) / 1000.0;
        }

        private static String format(double value) {
            return String.format(Locale.ROOT, "%.3f", value);
        }
    }
}

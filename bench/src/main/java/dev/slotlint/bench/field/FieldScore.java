package dev.slotlint.bench.field;

import dev.slotlint.bench.field.FieldCorpus.Label;
import dev.slotlint.bench.field.FieldCorpus.Mode;
import dev.slotlint.bench.field.FieldCorpus.Project;
import dev.slotlint.bench.field.FieldRun.FieldFinding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One project in one mode, judged against its labels. A finding is true when a label at its place expects its rule
 * in this mode, false when a label at its place says otherwise (silent, another rule, the other mode) or when it
 * repeats a finding already counted, and unlabelled when no label names its place. A finding at a place labelled out
 * of reach that no label expects is counted neither way.
 */
public record FieldScore(Project project, Mode mode, FieldRun.Result run, List<FieldFinding> truePositives,
                         List<Wrong> falsePositives, List<FieldFinding> unlabelled, List<Label> misses,
                         int outOfReach) {

    /** A finding the labels say should not be there, and the label that says so (null for a repeated finding). */
    public record Wrong(FieldFinding finding, Label label) {

        public String why() {
            if (label == null) {
                return "reported twice";
            }
            if (label.outOfReach() || label.rule() == null) {
                return "labelled silent: " + label.reason();
            }
            return "labelled " + label.rule() + (label.modes().size() == 1 ? "@" + label.modes().get(0).label() : "")
                    + ": " + label.reason();
        }
    }

    public static FieldScore of(Project project, Mode mode, FieldRun.Result run) {
        List<FieldFinding> truePositives = new ArrayList<>();
        List<Wrong> falsePositives = new ArrayList<>();
        List<FieldFinding> unlabelled = new ArrayList<>();
        Set<Label> found = new HashSet<>();
        Set<String> counted = new HashSet<>();
        int outOfReach = 0;
        for (FieldFinding finding : run.findings()) {
            List<Label> here = project.labels().stream().filter(l -> l.place().equals(finding.place())).toList();
            if (here.isEmpty()) {
                unlabelled.add(finding);
                continue;
            }
            Label expected = here.stream().filter(l -> l.expects(mode) && l.rule().equals(finding.rule()))
                    .findFirst().orElse(null);
            if (expected == null && here.stream().anyMatch(Label::outOfReach)) {
                outOfReach++;
            } else if (expected == null) {
                Label saying = here.stream().filter(l -> finding.rule().equals(l.rule())).findFirst()
                        .orElse(here.get(0));
                falsePositives.add(new Wrong(finding, saying));
            } else if (!counted.add(finding.place() + "\t" + finding.rule())) {
                falsePositives.add(new Wrong(finding, null));
            } else {
                truePositives.add(finding);
                found.add(expected);
            }
        }
        List<Label> misses = project.labels().stream().filter(l -> l.expects(mode) && !found.contains(l)).toList();
        return new FieldScore(project, mode, run, List.copyOf(truePositives), List.copyOf(falsePositives),
                List.copyOf(unlabelled), misses, outOfReach);
    }

    /** Places where the labels expect a finding in this mode. */
    public int expected() {
        return truePositives.size() + misses.size();
    }

    /** Findings that count: true, false and unlabelled (an unlabelled finding is not known to be right). */
    public int judged() {
        return truePositives.size() + falsePositives.size() + unlabelled.size();
    }
}

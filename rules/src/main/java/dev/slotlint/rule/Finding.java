package dev.slotlint.rule;

import dev.slotlint.source.Location;

import java.util.Comparator;
import java.util.List;

/**
 * One problem slotlint reports.
 *
 * @param keys the keys involved as the analysis evaluated them (for reports and baselines); empty when none
 */
public record Finding(String ruleId, Severity severity, Location location, String message, List<String> keys) {

    /** Findings in report order: by file, line, column, then rule, so output is the same on every run. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        keys = List.copyOf(keys);
    }
}

package dev.slotlint;

import dev.slotlint.key.UnknownParts;
import dev.slotlint.rule.Rule;
import dev.slotlint.rule.Rules;

import java.util.List;

/**
 * What one analysis run is told by its caller (a Maven goal, a test, another build tool).
 *
 * @param rules        the rules to run
 * @param unknownParts what to assume of values the analysis cannot know
 */
public record AnalysisSettings(List<Rule> rules, UnknownParts unknownParts) {

    public AnalysisSettings {
        rules = List.copyOf(rules);
    }

    /** Every rule, default assumptions. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Rules.all(), UnknownParts.PLAIN);
    }

    public AnalysisSettings withRules(List<Rule> rules) {
        return new AnalysisSettings(rules, unknownParts);
    }

    public AnalysisSettings withUnknownParts(UnknownParts unknownParts) {
        return new AnalysisSettings(rules, unknownParts);
    }
}

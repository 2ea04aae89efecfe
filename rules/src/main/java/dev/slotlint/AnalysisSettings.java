package dev.slotlint;

import dev.slotlint.client.Library;
import dev.slotlint.key.UnknownParts;
import dev.slotlint.rule.Rule;
import dev.slotlint.rule.Rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one analysis run is told by its caller (a Maven goal, a test, another build tool).
 *
 * @param rules            the rules to run
 * @param unknownParts     what to assume of values the analysis cannot know
 * @param libraryVersions  the version of each client library the project resolves; absent when it has none
 */
public record AnalysisSettings(List<Rule> rules, UnknownParts unknownParts, Map<Library, String> libraryVersions) {

    public AnalysisSettings {
        rules = List.copyOf(rules);
        libraryVersions = Map.copyOf(libraryVersions);
    }

    /** Every rule, default assumptions, client versions unknown. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Rules.all(), UnknownParts.PLAIN, Map.of());
    }

    public AnalysisSettings withRules(List<Rule> rules) {
        return new AnalysisSettings(rules, unknownParts, libraryVersions);
    }

    public AnalysisSettings withUnknownParts(UnknownParts unknownParts) {
        return new AnalysisSettings(rules, unknownParts, libraryVersions);
    }

    public AnalysisSettings withLibraryVersion(Library library, String version) {
        Map<Library, String> versions = new EnumMap<>(Library.class);
        versions.putAll(libraryVersions);
        versions.put(library, version);
        return new AnalysisSettings(rules, unknownParts, versions);
    }
}

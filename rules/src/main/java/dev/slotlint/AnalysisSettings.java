package dev.slotlint;

import dev.slotlint.client.Library;
import dev.slotlint.key.UnknownParts;
import dev.slotlint.rule.Rule;
import dev.slotlint.rule.Rules;
import dev.slotlint.topology.TopologySetting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one analysis run is told by its caller (a Maven goal, a test, another build tool).
 *
 * @param rules            the rules to run
 * @param unknownParts     what to assume of values the analysis cannot know
 * @param libraryVersions  the version of each client library the project resolves; absent when it has none
 * @param topology         whether the project targets a cluster, or {@code AUTO} to decide from the evidence
 * @param clusterNodes     cluster seed nodes the user names ({@code host:port}), which count as cluster evidence
 * @param clusterReady     report every finding as if the topology were cluster (for a planned migration)
 */
public record AnalysisSettings(List<Rule> rules, UnknownParts unknownParts, Map<Library, String> libraryVersions,
                               TopologySetting topology, List<String> clusterNodes, boolean clusterReady) {

    public AnalysisSettings {
        rules = List.copyOf(rules);
        libraryVersions = Map.copyOf(libraryVersions);
        clusterNodes = List.copyOf(clusterNodes);
    }

    /** Every rule, default assumptions, client versions unknown, topology from the evidence. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Rules.all(), UnknownParts.PLAIN, Map.of(), TopologySetting.AUTO, List.of(), false);
    }

    public AnalysisSettings withRules(List<Rule> rules) {
        return new AnalysisSettings(rules, unknownParts, libraryVersions, topology, clusterNodes, clusterReady);
    }

    public AnalysisSettings withUnknownParts(UnknownParts unknownParts) {
        return new AnalysisSettings(rules, unknownParts, libraryVersions, topology, clusterNodes, clusterReady);
    }

    public AnalysisSettings withLibraryVersion(Library library, String version) {
        Map<Library, String> versions = new EnumMap<>(Library.class);
        versions.putAll(libraryVersions);
        versions.put(library, version);
        return new AnalysisSettings(rules, unknownParts, versions, topology, clusterNodes, clusterReady);
    }

    public AnalysisSettings withTopology(TopologySetting topology, List<String> clusterNodes, boolean clusterReady) {
        return new AnalysisSettings(rules, unknownParts, libraryVersions, topology, clusterNodes, clusterReady);
    }
}

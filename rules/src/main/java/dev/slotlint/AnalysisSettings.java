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
 * @param threads          how many files are analysed at once; findings are the same for every count
 */
public record AnalysisSettings(List<Rule> rules, UnknownParts unknownParts, Map<Library, String> libraryVersions,
                               TopologySetting topology, List<String> clusterNodes, boolean clusterReady,
                               int threads) {

    public AnalysisSettings {
        rules = List.copyOf(rules);
        libraryVersions = Map.copyOf(libraryVersions);
        clusterNodes = List.copyOf(clusterNodes);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /**
     * Every rule, default assumptions, client versions unknown, topology from the evidence, one thread per
     * processor.
     */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Rules.all(), UnknownParts.PLAIN, Map.of(), TopologySetting.AUTO, List.of(), false,
                Runtime.getRuntime().availableProcessors());
    }

    public AnalysisSettings withRules(List<Rule> rules) {
        return new AnalysisSettings(rules, unknownParts, libraryVersions, topology, clusterNodes, clusterReady, threads);
    }

    public AnalysisSettings withUnknownParts(UnknownParts unknownParts) {
        return new AnalysisSettings(rules, unknownParts, libraryVersions, topology, clusterNodes, clusterReady, threads);
    }

    public AnalysisSettings withLibraryVersion(Library library, String version) {
        Map<Library, String> versions = new EnumMap<>(Library.class);
        versions.putAll(libraryVersions);
        versions.put(library, version);
        return new AnalysisSettings(rules, unknownParts, versions, topology, clusterNodes, clusterReady, threads);
    }

    public AnalysisSettings withTopology(TopologySetting topology, List<String> clusterNodes, boolean clusterReady) {
        return new AnalysisSettings(rules, unknownParts, libraryVersions, topology, clusterNodes, clusterReady, threads);
    }

    public AnalysisSettings withThreads(int threads) {
        return new AnalysisSettings(rules, unknownParts, libraryVersions, topology, clusterNodes, clusterReady, threads);
    }
}

package dev.slotlint;

import dev.slotlint.client.CommandCall;
import dev.slotlint.client.Library;
import dev.slotlint.rule.Finding;
import dev.slotlint.source.Problem;
import dev.slotlint.topology.ProjectTopology;

import java.util.List;
import java.util.Map;

/**
 * What one analysis run found.
 *
 * @param findings        in report order, without those silenced in the code or by the baseline
 * @param problems        files or parts of files that could not be analysed, in path order
 * @param filesRead       Java files found under the source roots
 * @param filesSkipped    files that could not be analysed at all
 * @param libraryVersions the client library versions whose behaviour the findings assume
 * @param topology        what the project targets, and the evidence
 * @param calls           every catalogued command call judged, with its keys as evaluated
 * @param keyUses         every key of every catalogued command call, for the key inventory
 * @param silenced        findings silenced by {@code @SuppressWarnings} or {@code slotlint:ignore} comments
 * @param baselined       findings silenced because the baseline file lists them
 * @param unreadDirectories directories under the source roots or the project that could not be listed, so that
 *                        their files were neither analysed nor counted
 */
public record AnalysisResult(List<Finding> findings, List<Problem> problems, int filesRead, int filesSkipped,
                             Map<Library, String> libraryVersions, ProjectTopology topology, List<CommandCall> calls,
                             List<KeyUse> keyUses, List<Finding> silenced, int baselined, int unreadDirectories) {

    public AnalysisResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        libraryVersions = Map.copyOf(libraryVersions);
        calls = List.copyOf(calls);
        keyUses = List.copyOf(keyUses);
        silenced = List.copyOf(silenced);
    }

    /** A result in which every directory could be read. */
    public AnalysisResult(List<Finding> findings, List<Problem> problems, int filesRead, int filesSkipped,
                          Map<Library, String> libraryVersions, ProjectTopology topology, List<CommandCall> calls,
                          List<KeyUse> keyUses, List<Finding> silenced, int baselined) {
        this(findings, problems, filesRead, filesSkipped, libraryVersions, topology, calls, keyUses, silenced,
                baselined, 0);
    }

    /** How many findings the code silenced. */
    public int suppressed() {
        return silenced.size();
    }

    /** The same result with other findings, for instance after a baseline silenced some. */
    public AnalysisResult withFindings(List<Finding> kept, int newlyBaselined) {
        return new AnalysisResult(kept, problems, filesRead, filesSkipped, libraryVersions, topology, calls, keyUses,
                silenced, baselined + newlyBaselined, unreadDirectories);
    }

    /** The same result with more problems, such as those met while finding the files. */
    public AnalysisResult withProblems(List<Problem> all) {
        return new AnalysisResult(findings, all, filesRead, filesSkipped, libraryVersions, topology, calls, keyUses,
                silenced, baselined, unreadDirectories);
    }

    /** The same result, counting directories that the caller could not list while finding the files. */
    public AnalysisResult withUnreadDirectories(int count) {
        return new AnalysisResult(findings, problems, filesRead, filesSkipped, libraryVersions, topology, calls,
                keyUses, silenced, baselined, count);
    }
}

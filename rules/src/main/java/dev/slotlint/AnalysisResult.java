package dev.slotlint;

import dev.slotlint.client.Library;
import dev.slotlint.rule.Finding;
import dev.slotlint.source.Problem;
import dev.slotlint.topology.ProjectTopology;

import java.util.List;
import java.util.Map;

/**
 * What one analysis run found.
 *
 * @param findings      in report order
 * @param problems      files or parts of files that could not be analysed, in path order
 * @param filesRead     Java files found under the source roots
 * @param filesSkipped  files that could not be analysed at all
 * @param libraryVersions the client library versions whose behaviour the findings assume
 * @param topology      what the project targets, and the evidence
 */
public record AnalysisResult(List<Finding> findings, List<Problem> problems, int filesRead, int filesSkipped,
                             Map<Library, String> libraryVersions, ProjectTopology topology) {

    public AnalysisResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        libraryVersions = Map.copyOf(libraryVersions);
    }
}

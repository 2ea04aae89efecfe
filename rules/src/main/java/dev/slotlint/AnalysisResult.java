package dev.slotlint;

import dev.slotlint.rule.Finding;
import dev.slotlint.source.Problem;

import java.util.List;

/**
 * What one analysis run found.
 *
 * @param findings      in report order
 * @param problems      files or parts of files that could not be analysed, in path order
 * @param filesRead     Java files found under the source roots
 * @param filesSkipped  files that could not be analysed at all
 */
public record AnalysisResult(List<Finding> findings, List<Problem> problems, int filesRead, int filesSkipped) {

    public AnalysisResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }
}

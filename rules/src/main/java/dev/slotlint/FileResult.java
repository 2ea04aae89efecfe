package dev.slotlint;

import dev.slotlint.client.CallFinder;
import dev.slotlint.client.ClientCreation;
import dev.slotlint.source.Enclosing;
import dev.slotlint.source.Problem;
import dev.slotlint.source.Suppressions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What analysing one file that may call Redis gave, and what the analysis read of the rest of the project: what an
 * analysis cache keeps of a file, to give it back while none of that changed.
 *
 * @param calls         the client calls found, with their keys; null when the file could not be analysed
 * @param enclosing     the file's named places; null when it has no calls or creations (found again from its tree
 *                      should a finding be there)
 * @param problems      the problems the analysis of the file reported
 * @param parseProblems the problems that parsing each file whose tree the analysis asked for reported (this file's
 *                      among them), by file
 * @param unparsable    the files whose tree the analysis asked for and that could not be parsed or analysed
 * @param readFiles     the project files whose trees or declarations the analysis consulted, this one among them
 * @param lookedUp      the names looked up in the project (see {@link dev.slotlint.source.Lookups}), found or not
 */
public record FileResult(Path path, CallFinder.Calls calls, List<ClientCreation> creations, Suppressions suppressions,
                         Enclosing enclosing, List<Problem> problems, Map<Path, List<Problem>> parseProblems,
                         Set<Path> unparsable, Set<Path> readFiles, Set<String> lookedUp) {

    public FileResult {
        creations = List.copyOf(creations);
        problems = List.copyOf(problems);
        parseProblems = Map.copyOf(parseProblems);
        unparsable = Set.copyOf(unparsable);
        readFiles = Set.copyOf(readFiles);
        lookedUp = Set.copyOf(lookedUp);
    }

    /** Whether the file was analysed; one nested too deeply is not. */
    public boolean analysed() {
        return calls != null;
    }
}

package dev.slotlint;

import dev.slotlint.client.SpringDriver;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Per-file results kept from an earlier analysis, offered to {@link Analyzer} instead of analysing a file again.
 * Whoever keeps them answers only with a result that is provably what analysing the file now would give: the file
 * and every file it read unchanged, no changed file declaring a name it looked up, the same settings and
 * configuration.
 */
public interface FileResults {

    /**
     * Called once the project is indexed and configured, before any file is analysed.
     *
     * @param springDriver the client library Spring Data Redis runs on, decided from the code and configuration
     */
    void start(ProjectIndex index, SpringDriver springDriver);

    /** The kept result of this file, if it may be reused. */
    Optional<FileResult> reuse(Path file);

    /** A file analysed in this run, with what it read. */
    void analysed(FileResult result);

    /** A file analysed in this run whose analysis read something it could not record: its result is not kept. */
    void notKept(Path file);

    /**
     * What parsing a file reported in this run: in the index once it was parsed, or given back with a reused result
     * that asked for its tree.
     */
    List<Problem> parseProblems(ProjectIndex index, Path file);
}

package dev.slotlint.maven;

import dev.slotlint.source.Location;
import dev.slotlint.source.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalysisRunTest {

    /** Both walks (source roots, and the project for configuration files) meet an unreadable directory. */
    @Test
    void aPlaceBothWalksCouldNotReadIsWarnedAboutOnce() {
        Problem directory = new Problem(new Location(Path.of("/p/src/main/java/locked"), 1, 1),
                "directory cannot be read (permission denied); the files in it are not analysed");
        Problem syntax = new Problem(new Location(Path.of("/p/src/main/java/A.java"), 3, 7), "syntax error");
        assertEquals(List.of(syntax, directory), AnalysisRun.distinct(List.of(directory, directory), List.of(syntax)));
    }
}

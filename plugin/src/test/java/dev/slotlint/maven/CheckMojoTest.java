package dev.slotlint.maven;

import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Severity;
import dev.slotlint.source.Location;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The failure message lists what failed the build, so that {@code mvn -q} shows it. */
class CheckMojoTest {

    private static List<Finding> violations(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new Finding("CrossSlot", Severity.WARNING,
                new Location(Path.of("/p/Feed.java"), i, 9), "MGET keys number " + i, List.of())).toList();
    }

    @Test
    void theFirstTwentyViolationsAreListedThenCounted() {
        String message = GateMojo.failure(violations(23), Severity.WARNING, 0, Path.of("/p/target/slotlint.html"));
        List<String> lines = message.lines().toList();
        assertEquals("slotlint: 23 violations (findings of severity WARNING or worse):", lines.get(0));
        assertEquals("/p/Feed.java:[1,9] [CrossSlot] MGET keys number 1", lines.get(1));
        assertEquals("/p/Feed.java:[20,9] [CrossSlot] MGET keys number 20", lines.get(20));
        assertEquals("and 3 more", lines.get(21));
        assertEquals("Every finding, with its code and fix: /p/target/slotlint.html", lines.get(22));
        assertEquals(23, lines.size());
    }

    @Test
    void aThresholdIsNamedAndFewViolationsAreAllListed() {
        String message = GateMojo.failure(violations(2), Severity.ERROR, 1, null);
        assertEquals("""
                slotlint: 2 violations (findings of severity ERROR or worse), more than maxAllowedViolations (1):
                /p/Feed.java:[1,9] [CrossSlot] MGET keys number 1
                /p/Feed.java:[2,9] [CrossSlot] MGET keys number 2""", message);
    }
}

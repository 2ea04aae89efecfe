package dev.slotlint.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test projects double as samples a user can run after {@code mvn install}, so each names the plugin by its
 * real version rather than a placeholder; this keeps them in step with the build.
 */
class TestProjectsTest {

    private static final Pattern PLUGIN_VERSION = Pattern.compile(
            "<artifactId>slotlint-maven-plugin</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void everyTestProjectUsesTheVersionBeingBuilt() throws IOException {
        String version = System.getProperty("slotlint.version");
        Path root = Path.of(System.getProperty("slotlint.testProjects"));
        List<Path> poms;
        try (Stream<Path> children = Files.list(root)) {
            poms = children.map(p -> p.resolve("pom.xml")).filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(poms.isEmpty(), "no test projects under " + root);
        for (Path pom : poms) {
            Matcher matcher = PLUGIN_VERSION.matcher(Files.readString(pom));
            assertTrue(matcher.find(), pom + " does not use slotlint-maven-plugin");
            assertEquals(version, matcher.group(1), pom + " names another slotlint version");
            assertTrue(Files.isRegularFile(pom.resolveSibling("verify.groovy")), pom + " has no verify.groovy");
        }
    }
}

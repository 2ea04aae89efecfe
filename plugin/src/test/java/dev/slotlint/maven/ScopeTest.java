package dev.slotlint.maven;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** includes, excludes and excludeRoots mean what they mean in maven-pmd-plugin. */
class ScopeTest {

    private static final Path BASE = Path.of("/project");
    private static final Path MAIN = BASE.resolve("src/main/java");
    private static final Path GENERATED = BASE.resolve("target/generated-sources/openapi");

    private static Scope scope(List<String> includes, List<String> excludes, List<Path> excludeRoots) {
        return new Scope(List.of(MAIN, GENERATED), includes, excludes, excludeRoots, BASE);
    }

    @Test
    void everyJavaFileByDefault() {
        Scope scope = scope(null, null, List.of());
        assertTrue(scope.includesJava(MAIN.resolve("Top.java")));
        assertTrue(scope.includesJava(MAIN.resolve("com/example/deep/Shop.java")));
        assertTrue(scope.includesJava(GENERATED.resolve("com/example/api/Client.java")));
        assertTrue(scope.includesOther(BASE.resolve("src/main/resources/application.yml")));
    }

    @Test
    void includesAndExcludesAreAntPatternsOverThePathInTheSourceRoot() {
        Scope scope = scope(List.of("com/example/**"), List.of("**/generated/**", "**/*Stub.java"), List.of());
        assertTrue(scope.includesJava(MAIN.resolve("com/example/Shop.java")));
        assertFalse(scope.includesJava(MAIN.resolve("tools/Migrate.java")), "outside the includes");
        assertFalse(scope.includesJava(MAIN.resolve("com/example/generated/Stubs.java")));
        assertFalse(scope.includesJava(MAIN.resolve("com/example/RedisStub.java")));
        assertTrue(scope.includesJava(GENERATED.resolve("com/example/api/Client.java")), "the root is not in the path");
    }

    @Test
    void excludesAlsoMatchThePathInTheProjectAndApplyToConfigurationFiles() {
        Scope scope = scope(null, List.of("src/main/java/com/vendor/", "**/samples/**"), List.of());
        assertFalse(scope.includesJava(MAIN.resolve("com/vendor/Cache.java")), "a trailing / means all below");
        assertTrue(scope.includesJava(MAIN.resolve("com/example/Shop.java")));
        assertFalse(scope.includesOther(BASE.resolve("src/main/resources/samples/application.yml")));
        assertTrue(scope.includesOther(BASE.resolve("src/main/resources/application.yml")));
    }

    @Test
    void nothingUnderAnExcludeRootIsRead() {
        Scope scope = scope(null, null, List.of(GENERATED, BASE.resolve("docker")));
        assertTrue(scope.isExcludedRoot(GENERATED));
        assertFalse(scope.includesJava(GENERATED.resolve("com/example/api/Client.java")));
        assertFalse(scope.includesOther(BASE.resolve("docker/redis.conf")));
        assertTrue(scope.includesJava(MAIN.resolve("com/example/Shop.java")));
    }
}

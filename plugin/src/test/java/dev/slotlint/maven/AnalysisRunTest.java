package dev.slotlint.maven;

import dev.slotlint.client.Library;
import dev.slotlint.source.Location;
import dev.slotlint.source.Problem;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalysisRunTest {

    private static final AnalysisRun.Options DEFAULTS = new AnalysisRun.Options(false, "UTF-8", "PLAIN", "auto",
            List.of(), false, 1, null, List.of(), List.of(), List.of(), null, "auto");

    /**
     * The goals only collect dependencies; where a build gives no artifacts, the versions the model declares (managed
     * ones filled in by Maven) name the clients.
     */
    @Test
    void clientVersionsComeFromTheDeclaredDependenciesWhenNoneWereCollected() throws Exception {
        MavenProject project = new MavenProject();
        project.setFile(new java.io.File("/work/orders/pom.xml"));
        project.getModel().addDependency(dependency("redis.clients", "jedis", "4.4.6"));
        project.getModel().addDependency(dependency("org.slf4j", "slf4j-api", "2.0.9"));
        AnalysisRun run = new AnalysisRun(project, null, DEFAULTS, new SystemStreamLog());
        assertEquals(java.util.Map.of(Library.JEDIS, "4.4.6"), run.settings().libraryVersions());
    }

    @Test
    void collectedVersionsWinOverDeclaredOnes() throws Exception {
        MavenProject project = new MavenProject();
        project.setFile(new java.io.File("/work/orders/pom.xml"));
        project.getModel().addDependency(dependency("io.lettuce", "lettuce-core", "6.1.0.RELEASE"));
        org.apache.maven.artifact.DefaultArtifact collected = new org.apache.maven.artifact.DefaultArtifact(
                "io.lettuce", "lettuce-core", "6.3.2.RELEASE", "compile", "jar", null,
                new org.apache.maven.artifact.handler.DefaultArtifactHandler("jar"));
        project.setArtifacts(java.util.Set.of(collected));
        AnalysisRun run = new AnalysisRun(project, null, DEFAULTS, new SystemStreamLog());
        assertEquals(java.util.Map.of(Library.LETTUCE, "6.3.2.RELEASE"), run.settings().libraryVersions());
    }

    private static Dependency dependency(String groupId, String artifactId, String version) {
        Dependency dependency = new Dependency();
        dependency.setGroupId(groupId);
        dependency.setArtifactId(artifactId);
        dependency.setVersion(version);
        return dependency;
    }

    /** Both walks (source roots, and the project for configuration files) meet an unreadable directory. */
    @Test
    void aPlaceBothWalksCouldNotReadIsWarnedAboutOnce() {
        Problem directory = new Problem(new Location(Path.of("/p/src/main/java/locked"), 1, 1),
                "directory cannot be read (permission denied); the files in it are not analysed");
        Problem syntax = new Problem(new Location(Path.of("/p/src/main/java/A.java"), 3, 7), "syntax error");
        assertEquals(List.of(syntax, directory), AnalysisRun.distinct(List.of(directory, directory), List.of(syntax)));
    }

    /** What an incremental IDE build watches for changes before it analyses again. */
    @Test
    void anIdeBuildWatchesTheSourceAndResourceRootsThePomTheBaselineAndTheExcludesFile() {
        MavenProject project = new MavenProject();
        project.setFile(new java.io.File("/work/orders/pom.xml"));
        project.addCompileSourceRoot("/work/orders/src/main/java");
        org.apache.maven.model.Resource resources = new org.apache.maven.model.Resource();
        resources.setDirectory("/work/orders/src/main/resources");
        project.getBuild().addResource(resources);
        AnalysisRun run = new AnalysisRun(project, null, DEFAULTS, new SystemStreamLog());
        assertEquals(java.util.Optional.of(List.of(Path.of("/work/orders/src/main/java"),
                Path.of("/work/orders/src/main/resources"), Path.of("/work/orders/pom.xml"),
                Path.of("/work/orders/slotlint-baseline.xml"), Path.of("/work/orders/slotlint-excludes.txt"))),
                run.watchedPaths());
    }
}

package dev.slotlint.maven;

import dev.slotlint.Reactor;
import dev.slotlint.rule.Finding;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import dev.slotlint.topology.ProjectConfig;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.execution.ProjectDependencyGraph;
import org.apache.maven.project.MavenProject;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One module's place in the build: the reactor modules it depends on (directly or through others), whose sources
 * and resources its analysis reads, and whether modules depending on it judge the clients it makes.
 */
final class ReactorModules {

    private static final String PLUGIN = "slotlint-maven-plugin";

    private final MavenProject project;
    private final MavenSession session;
    private final List<MavenProject> upstream;

    /** Whether every module of the session is analysed, whatever its build says: one goal analyses them all. */
    private final boolean everyModule;

    ReactorModules(MavenProject project, MavenSession session, boolean everyModule) {
        this.project = project;
        this.session = session;
        this.everyModule = everyModule;
        this.upstream = upstreamOf(project, session);
    }

    /**
     * The reactor modules a module depends on, directly or through others, and its parents, in build order. Read from
     * the models of every module of the reactor, those {@code -pl} leaves out included (built and installed before,
     * they are still the sources the module's code calls), as well as from the session's dependency graph.
     */
    private static List<MavenProject> upstreamOf(MavenProject project, MavenSession session) {
        if (session == null) {
            return List.of();
        }
        List<MavenProject> all = session.getAllProjects() != null ? session.getAllProjects() : session.getProjects();
        if (all == null) {
            return List.of();
        }
        java.util.Map<String, MavenProject> byCoordinates = new java.util.HashMap<>();
        all.forEach(module -> byCoordinates.putIfAbsent(module.getGroupId() + ":" + module.getArtifactId(), module));
        java.util.Set<MavenProject> found = new java.util.HashSet<>();
        ProjectDependencyGraph graph = session.getProjectDependencyGraph();
        if (graph != null) {
            found.addAll(graph.getUpstreamProjects(project, true));
        }
        java.util.Deque<MavenProject> pending = new java.util.ArrayDeque<>(List.of(project));
        while (!pending.isEmpty()) {
            MavenProject module = pending.pop();
            List<MavenProject> next = new ArrayList<>();
            for (org.apache.maven.model.Dependency dependency : module.getDependencies()) {
                // test dependencies are not passed on: only the module's own count
                if (module == project || !"test".equals(dependency.getScope())) {
                    next.add(byCoordinates.get(dependency.getGroupId() + ":" + dependency.getArtifactId()));
                }
            }
            if (module.getParent() != null) {
                next.add(byCoordinates.get(module.getParent().getGroupId() + ":" + module.getParent().getArtifactId()));
            }
            for (MavenProject upstream : next) {
                if (upstream != null && upstream != project && found.add(upstream)) {
                    pending.push(upstream);
                }
            }
        }
        List<MavenProject> ordered = new ArrayList<>(all.stream().filter(found::contains).toList());
        found.stream().filter(module -> !ordered.contains(module)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /** The reactor modules this one depends on, in build order. */
    List<MavenProject> upstream() {
        return upstream;
    }

    /**
     * Whether a module of this build that depends on this one analyses it too, and so judges the clients it makes:
     * every module when one goal analyses them all or a slotlint goal is named on the command line, else those whose
     * build has the plugin.
     */
    boolean judgedDownstream() {
        ProjectDependencyGraph graph = session == null ? null : session.getProjectDependencyGraph();
        if (graph == null) {
            return false;
        }
        boolean named = everyModule || session.getGoals() != null && session.getGoals().stream()
                .anyMatch(goal -> goal.startsWith("slotlint:") || goal.contains(PLUGIN + ":"));
        return graph.getDownstreamProjects(project, true).stream().anyMatch(downstream -> named
                || analysesItself(downstream));
    }

    /** Whether a module's build runs a goal that analyses it: {@code check}, {@code report} or {@code baseline}. */
    private static boolean analysesItself(MavenProject module) {
        boolean bound = module.getBuildPlugins().stream().filter(plugin -> PLUGIN.equals(plugin.getArtifactId()))
                .flatMap(plugin -> plugin.getExecutions().stream()).flatMap(execution -> execution.getGoals().stream())
                .anyMatch(goal -> goal.equals("check") || goal.equals("report") || goal.equals("baseline"));
        boolean reported = module.getModel().getReporting() != null && module.getModel().getReporting().getPlugins()
                .stream().anyMatch(plugin -> PLUGIN.equals(plugin.getArtifactId()));
        return bound || reported;
    }

    /** The upstream modules' Java sources and resources, for the analysis of this one. */
    Reactor reactor(Charset charset, long maxBytes, boolean judgedDownstream) {
        List<Path> roots = new ArrayList<>();
        List<SourceFile> configFiles = new ArrayList<>();
        // what cannot be read upstream is the upstream module's to say, in its own run
        List<Problem> ignored = new ArrayList<>();
        for (MavenProject module : upstream) {
            Path base = base(module);
            module.getCompileSourceRoots().forEach(root -> roots.add(base.resolve(root).normalize()));
            configFiles.addAll(configFiles(module, charset, maxBytes, ignored));
        }
        roots.removeIf(root -> !Files.isDirectory(root));
        return new Reactor(SourceTree.javaFiles(roots, charset, maxBytes, ignored), configFiles, judgedDownstream);
    }

    /**
     * A module's configuration files and resources, but for those of other reactor modules in directories below it
     * (the modules of a parent POM): each module reads its own.
     */
    List<SourceFile> configFiles(MavenProject module, Charset charset, long maxBytes, List<Problem> problems) {
        Path base = base(module);
        List<Path> nested = new ArrayList<>();
        if (session != null && session.getProjects() != null) {
            for (MavenProject other : session.getProjects()) {
                Path otherBase = base(other);
                if (!otherBase.equals(base) && otherBase.startsWith(base)) {
                    nested.add(otherBase);
                }
            }
        }
        List<SourceFile> files = new ArrayList<>(SourceTree.files(base, ProjectConfig::isConfigFile, charset,
                maxBytes, problems));
        files.removeIf(file -> nested.stream().anyMatch(file.path()::startsWith));
        problems.removeIf(problem -> problem.location() != null
                && nested.stream().anyMatch(problem.location().file()::startsWith));
        return files;
    }

    /** The upstream module whose directory holds a file, the innermost one. */
    Optional<MavenProject> moduleOf(Path file) {
        return upstream.stream().filter(module -> file.startsWith(base(module)))
                .max(Comparator.comparingInt(module -> base(module).getNameCount()));
    }

    static Path base(MavenProject module) {
        return module.getBasedir().toPath().toAbsolutePath().normalize();
    }

    /**
     * Who reports the findings on clients a library makes, which every module using it judges: the first module to
     * claim one reports it, the others leave it, so that the build shows it once.
     */
    interface Claims {

        /** Claims the finding for the module; returns the module that holds the claim, this one or an earlier. */
        String claim(String finding, String module);

        /** Claims kept for one Maven session, shared by the modules it builds, also side by side ({@code -T}). */
        static Claims of(MavenSession session) {
            return session == null || session.getRepositorySession() == null ? local()
                    : new SessionClaims(session.getRepositorySession().getData());
        }

        /** Claims kept by the caller: for one goal that analyses every module itself. */
        static Claims local() {
            ConcurrentMap<String, String> claims = new ConcurrentHashMap<>();
            return (finding, module) -> {
                String earlier = claims.putIfAbsent(finding, module);
                return earlier == null ? module : earlier;
            };
        }
    }

    /** Claims in the session's data, which lives as long as the build and is shared by its threads. */
    private record SessionClaims(org.eclipse.aether.SessionData data) implements Claims {

        private static final String KEY = "dev.slotlint.claims";

        @Override
        @SuppressWarnings("unchecked")
        public String claim(String finding, String module) {
            Object held = data.get(KEY);
            while (held == null) {
                data.set(KEY, null, new ConcurrentHashMap<String, String>());
                held = data.get(KEY);
            }
            // keys and values are strings, so that claims made by plugin class loaders of other builds still agree
            ConcurrentMap<String, String> claims = (ConcurrentMap<String, String>) held;
            String earlier = claims.putIfAbsent(finding, module);
            return earlier == null ? module : earlier;
        }
    }

    /** What a claim is kept by: the finding's rule and place. */
    static String claimKey(Finding finding) {
        return finding.ruleId() + "\u0000" + finding.location().file() + ":" + finding.location().line() + ":"
                + finding.location().column();
    }
}

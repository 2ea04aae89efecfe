package dev.slotlint;

import com.github.javaparser.ast.CompilationUnit;
import dev.slotlint.client.CallFinder;
import dev.slotlint.client.ClientCatalog;
import dev.slotlint.client.ClientCreation;
import dev.slotlint.client.CommandCall;
import dev.slotlint.client.CreationFinder;
import dev.slotlint.client.Wrapper;
import dev.slotlint.client.Wrappers;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.Value;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.ProjectFacts;
import dev.slotlint.rule.Rule;
import dev.slotlint.rule.RuleContext;
import dev.slotlint.source.Problem;
import dev.slotlint.source.Parallel;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.Suppressions;
import dev.slotlint.topology.ProjectConfig;
import dev.slotlint.topology.ProjectTopology;
import dev.slotlint.topology.SpringDriver;
import dev.slotlint.topology.TopologyDetector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one entry point: sources, configuration files and settings in, findings out. Facts are gathered from every
 * file first (calls, client creations, configuration), the topology is decided from all of them, then the rules
 * judge the facts.
 */
public final class Analyzer {

    /** Text that shows a file may talk to Redis through a client slotlint knows. */
    private static final List<String> CLIENT_PACKAGES = List.of(
            "redis.clients.", "io.lettuce.", "org.springframework.data.redis");

    private final AnalysisSettings settings;
    private final ClientCatalog catalog = ClientCatalog.standard();

    public Analyzer(AnalysisSettings settings) {
        this.settings = settings;
    }

    /** Analyses Java sources only. */
    public AnalysisResult analyze(List<SourceFile> javaFiles) {
        return analyze(javaFiles, List.of());
    }

    /**
     * @param configFiles Spring Boot configuration, redis.conf and Docker files of the project
     */
    public AnalysisResult analyze(List<SourceFile> javaFiles, List<SourceFile> configFiles) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        ProjectIndex index = ProjectIndex.scan(javaFiles, Analyzer::mayCallRedis, problems::add, settings.threads());
        java.util.function.Function<String, Optional<String>> scripts = scripts(configFiles);
        Map<String, Value> constants = new ConcurrentHashMap<>();
        ProjectConfig config = ProjectConfig.read(configFiles, problems::add);
        SpringDriver springDriver = SpringDriver.decide(config, settings.libraryVersions(), index.entries().stream()
                .filter(ProjectIndex.Entry::relevant).map(index::text).toList());
        Set<String> methodsRead = new java.util.HashSet<>();
        settings.rules().forEach(rule -> methodsRead.addAll(rule.clientMethodsRead()));
        CallFinder calls = new CallFinder(catalog, settings.libraryVersions(), springDriver.library(), methodsRead);
        CreationFinder creations = new CreationFinder(catalog);
        List<ProjectIndex.Entry> relevant = index.entries().stream().filter(ProjectIndex.Entry::relevant).toList();
        List<FileFacts> facts = Parallel.map(relevant, settings.threads(), entry -> {
            Optional<CompilationUnit> unit = index.unit(entry.file());
            if (unit.isEmpty()) {
                return null;
            }
            KeyEvaluator evaluator = new KeyEvaluator(index, constants, problems::add, catalog::knows, scripts);
            CallFinder.Calls found = calls.find(entry.file().path(), unit.get(), evaluator);
            index.calls(entry.file().path(), found.calledNames());
            return new FileFacts(entry.file().path(), found, creations.find(entry.file().path(), unit.get(),
                    evaluator), Suppressions.of(unit.get()));
        });
        List<CallFinder.Calls> found = new ArrayList<>();
        List<ClientCreation> made = new ArrayList<>();
        Map<java.nio.file.Path, Suppressions> suppressions = new java.util.HashMap<>();
        for (FileFacts file : facts) {
            if (file != null) {
                found.add(file.calls());
                made.addAll(file.creations());
                suppressions.put(file.path(), file.suppressions());
            }
        }
        List<CommandCall> throughWrappers = new ArrayList<>();
        List<Wrapper> allWrappers = new ArrayList<>();
        found.forEach(file -> allWrappers.addAll(file.wrappers()));
        Wrappers wrappers = followWrappers(index, constants, problems, scripts, allWrappers, throughWrappers);
        Set<CommandCall> forwarding = wrappers.forwardingSites(allWrappers);
        throughWrappers.removeIf(forwarding::contains);
        for (SourceFile file : configFiles) {
            try {
                suppressions.put(file.path(), Suppressions.ofText(file.read(problem -> { })));
            } catch (java.io.IOException e) {
                // already reported by ProjectConfig.read
            }
        }
        ProjectTopology topology = TopologyDetector.detect(settings.topology(), settings.clusterNodes(),
                settings.clusterReady(), config, made);

        List<Finding> findings = new ArrayList<>();
        RuleContext context = new RuleContext(settings.unknownParts(), topology, findings::add);
        for (Rule rule : settings.rules()) {
            rule.visitProject(new ProjectFacts(config, topology), context);
            made.forEach(creation -> rule.visitCreation(creation, context));
            for (CallFinder.Calls file : found) {
                file.commands().stream().filter(call -> !forwarding.contains(call))
                        .forEach(call -> rule.visitCall(call, context));
                file.clientCalls().forEach(call -> rule.visitClientCall(call, context));
            }
            throughWrappers.forEach(call -> rule.visitCall(call, context));
        }
        List<Finding> kept = new ArrayList<>();
        List<Finding> silenced = new ArrayList<>();
        for (Finding finding : findings) {
            Suppressions inFile = suppressions.getOrDefault(finding.location().file(), Suppressions.NONE);
            (inFile.covers(finding.ruleId(), finding.location().line()) ? silenced : kept).add(finding);
        }
        kept.sort(Finding.ORDER);
        List<Problem> distinct = new ArrayList<>(new LinkedHashSet<>(problems));
        distinct.sort(null);
        List<KeyUse> keyUses = new ArrayList<>();
        List<CommandCall> judged = new ArrayList<>(throughWrappers);
        for (CallFinder.Calls file : found) {
            file.commands().stream().filter(call -> !forwarding.contains(call)).forEach(judged::add);
        }
        for (CommandCall call : judged) {
            new LinkedHashSet<>(call.keys()).forEach(key -> keyUses.add(new KeyUse(call.location(),
                    call.commandName(), call.clientDescription(), key)));
        }
        return new AnalysisResult(kept, distinct, javaFiles.size(), index.unparsableCount(),
                settings.libraryVersions(), topology, judged, keyUses, silenced, 0);
    }

    /** What one file holds: its client calls, the clients it makes, the findings it silences. */
    private record FileFacts(java.nio.file.Path path, CallFinder.Calls calls, List<ClientCreation> creations,
                             Suppressions suppressions) {
    }

    /**
     * Finds the calls of wrapper methods anywhere in the project (parsing the files whose text names one), turning
     * each into a command call at the caller's line; wrappers of wrappers are found in turn.
     */
    private Wrappers followWrappers(ProjectIndex index, Map<String, Value> constants, List<Problem> problems,
                                    java.util.function.Function<String, Optional<String>> scripts,
                                    List<Wrapper> all, List<CommandCall> calls) {
        Wrappers wrappers = new Wrappers(index, catalog);
        List<Wrapper> frontier = new ArrayList<>(all);
        for (int depth = 0; !frontier.isEmpty() && depth < Wrapper.MAX_DEPTH; depth++) {
            Wrappers.Targets targets = Wrappers.Targets.of(frontier);
            List<ProjectIndex.Entry> mentioning = index.entriesCalling(targets.byName().keySet());
            List<Wrappers.Found> results = Parallel.map(mentioning, settings.threads(), entry -> {
                Optional<CompilationUnit> unit = index.unit(entry.file());
                if (unit.isEmpty()) {
                    return null;
                }
                KeyEvaluator evaluator = new KeyEvaluator(index, constants, problems::add, catalog::knows, scripts);
                return wrappers.find(entry.file().path(), unit.get(), evaluator, targets);
            });
            List<Wrapper> next = new ArrayList<>();
            for (Wrappers.Found through : results) {
                if (through != null) {
                    calls.addAll(through.calls());
                    next.addAll(through.wrappers());
                }
            }
            frontier.clear();
            frontier.addAll(next);
            all.addAll(next);
        }
        return wrappers;
    }

    /** Lua scripts of the project, looked up by the path the code reads them by (a suffix of their file path). */
    private static java.util.function.Function<String, Optional<String>> scripts(List<SourceFile> files) {
        List<SourceFile> scripts = files.stream().filter(f -> f.path().toString().endsWith(".lua")).toList();
        return written -> {
            String path = written.replace('\\', '/').replaceFirst("^(classpath\\*?:)?/*", "");
            for (SourceFile script : scripts) {
                String file = script.path().toString().replace('\\', '/');
                if (file.equals(path) || file.endsWith("/" + path)) {
                    try {
                        return Optional.of(script.read(problem -> { }));
                    } catch (java.io.IOException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        };
    }

    /** The version of slotlint running, from its jar's manifest ({@code dev} when run from classes). */
    public static String version() {
        String version = Analyzer.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    static boolean mayCallRedis(String text) {
        for (String client : CLIENT_PACKAGES) {
            if (text.contains(client)) {
                return true;
            }
        }
        return false;
    }
}

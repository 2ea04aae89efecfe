package dev.slotlint;

import com.github.javaparser.ast.CompilationUnit;
import dev.slotlint.client.CallFinder;
import dev.slotlint.client.ClientCatalog;
import dev.slotlint.client.ClientCreation;
import dev.slotlint.client.CommandCall;
import dev.slotlint.client.CreationFinder;
import dev.slotlint.client.SpringDriver;
import dev.slotlint.client.Wrapper;
import dev.slotlint.client.Wrappers;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.Value;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.ProjectFacts;
import dev.slotlint.rule.Rule;
import dev.slotlint.rule.RuleContext;
import dev.slotlint.source.Parallel;
import dev.slotlint.source.Problem;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.Resolver;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.Suppressions;
import dev.slotlint.topology.Evidence;
import dev.slotlint.topology.ProjectConfig;
import dev.slotlint.topology.ProjectTopology;
import dev.slotlint.topology.TopologyDetector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one entry point: sources, configuration files and settings in, findings out. The analysis runs in stages,
 * each taking what the earlier ones made:
 * <ol>
 *   <li>scan: every Java file read once, indexed by the types it declares and whether it may call Redis;</li>
 *   <li>configuration: Spring properties, {@code redis.conf}, Docker files, Lua scripts;</li>
 *   <li>facts: in each file that may call Redis, the client calls with their keys, the clients made, the
 *   suppressions;</li>
 *   <li>wrappers: calls of the project's own methods that forward keys to a client, judged at their callers;</li>
 *   <li>topology: what the project targets, from the configuration and the clients made;</li>
 *   <li>rules: each rule judges the facts; suppressions then silence what the code accepts.</li>
 * </ol>
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
        Configuration configuration = configuration(configFiles, index, problems);
        Evaluation evaluation = new Evaluation(new Resolver.Project(index, catalog::knows, catalog::returnType),
                new ConcurrentHashMap<>(), problems, configuration.scripts());
        List<FileFacts> files = facts(index, configuration, evaluation);
        Judged calls = followWrappers(index, files, evaluation);
        ProjectTopology topology = topology(configuration, files);
        List<Finding> findings = judge(topology, configuration, files, calls);
        return result(javaFiles.size(), index, topology, judged(files, calls), suppress(findings, files, configuration),
                problems);
    }

    /** What the project's configuration files say, and the Spring driver they and the code decide. */
    private record Configuration(ProjectConfig config, SpringDriver springDriver,
                                 Function<String, Optional<String>> scripts, Map<Path, Suppressions> suppressions) {
    }

    /** What every file's evaluation shares: the names layer, the constants evaluated so far, where problems go. */
    private record Evaluation(Resolver.Project project, Map<String, Value> constants, List<Problem> problems,
                              Function<String, Optional<String>> scripts) {

        Resolver resolver() {
            return new Resolver(project);
        }

        KeyEvaluator evaluator(Resolver resolver) {
            return new KeyEvaluator(resolver, constants, problems::add, scripts);
        }
    }

    /** What one file holds: its client calls, the clients it makes, the findings it silences. */
    private record FileFacts(Path path, CallFinder.Calls calls, List<ClientCreation> creations,
                             Suppressions suppressions) {
    }

    /**
     * The command calls the rules judge: each file's own (but for the forwarding calls inside wrappers whose callers
     * were found) and those made through wrappers, at their callers.
     */
    private record Judged(List<CommandCall> throughWrappers, Set<CommandCall> forwarding) {

        boolean isJudged(CommandCall call) {
            return !forwarding.contains(call);
        }
    }

    private Configuration configuration(List<SourceFile> configFiles, ProjectIndex index, List<Problem> problems) {
        ProjectConfig config = ProjectConfig.read(configFiles, problems::add);
        SpringDriver springDriver = SpringDriver.decide(config, settings.libraryVersions(), index.entries().stream()
                .filter(ProjectIndex.Entry::relevant).map(index::text).toList());
        Map<Path, Suppressions> suppressions = new HashMap<>();
        for (SourceFile file : configFiles) {
            try {
                suppressions.put(file.path(), Suppressions.ofText(file.read(problem -> { })));
            } catch (IOException e) {
                // already reported by ProjectConfig.read
            }
        }
        return new Configuration(config, springDriver, scripts(configFiles), suppressions);
    }

    private List<FileFacts> facts(ProjectIndex index, Configuration configuration, Evaluation evaluation) {
        Set<String> methodsRead = new HashSet<>();
        settings.rules().forEach(rule -> methodsRead.addAll(rule.clientMethodsRead()));
        CallFinder calls = new CallFinder(catalog, settings.libraryVersions(), configuration.springDriver().library(),
                methodsRead);
        CreationFinder creations = new CreationFinder(catalog);
        List<ProjectIndex.Entry> relevant = index.entries().stream().filter(ProjectIndex.Entry::relevant).toList();
        List<FileFacts> facts = Parallel.map(relevant, settings.threads(), entry -> {
            Optional<CompilationUnit> unit = index.unit(entry.file());
            if (unit.isEmpty()) {
                return null;
            }
            Resolver resolver = evaluation.resolver();
            KeyEvaluator evaluator = evaluation.evaluator(resolver);
            Path path = entry.file().path();
            try {
                CallFinder.Calls found = calls.find(path, unit.get(), evaluator, resolver);
                index.calls(path, found.calledNames());
                return new FileFacts(path, found, creations.find(path, unit.get(), evaluator, resolver),
                        Suppressions.of(unit.get()));
            } catch (StackOverflowError e) {
                // the parser's limits keep trees shallow enough; this is the last guard, should they miss a shape
                evaluation.problems().add(new Problem(new dev.slotlint.source.Location(path, 1, 1),
                        "nested too deeply to analyse; file not analysed"));
                index.notAnalysed(path);
                return null;
            }
        });
        return facts.stream().filter(file -> file != null).toList();
    }

    /**
     * Finds the calls of wrapper methods anywhere in the project (parsing the files whose text names one), turning
     * each into a command call at the caller's line; wrappers of wrappers are found in turn.
     */
    private Judged followWrappers(ProjectIndex index, List<FileFacts> files, Evaluation evaluation) {
        List<Wrapper> all = new ArrayList<>();
        files.forEach(file -> all.addAll(file.calls().wrappers()));
        List<CommandCall> calls = new ArrayList<>();
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
                Resolver resolver = evaluation.resolver();
                try {
                    return wrappers.find(entry.file().path(), unit.get(), evaluation.evaluator(resolver), resolver,
                            targets);
                } catch (StackOverflowError e) {
                    evaluation.problems().add(new Problem(new dev.slotlint.source.Location(entry.file().path(), 1,
                            1), "nested too deeply to analyse; file not analysed"));
                    index.notAnalysed(entry.file().path());
                    return null;
                }
            });
            List<Wrapper> next = new ArrayList<>();
            for (Wrappers.Found through : results) {
                if (through != null) {
                    calls.addAll(through.calls());
                    next.addAll(through.wrappers());
                }
            }
            frontier = next;
            all.addAll(next);
        }
        Set<CommandCall> forwarding = wrappers.forwardingSites(all);
        calls.removeIf(forwarding::contains);
        return new Judged(List.copyOf(calls), forwarding);
    }

    private ProjectTopology topology(Configuration configuration, List<FileFacts> files) {
        List<Evidence> fromCode = new ArrayList<>();
        files.forEach(file -> file.creations().forEach(creation -> creation.clusterEvidence().ifPresent(fromCode::add)));
        return TopologyDetector.detect(settings.topology(), settings.clusterNodes(), settings.clusterReady(),
                configuration.config(), fromCode);
    }

    private List<Finding> judge(ProjectTopology topology, Configuration configuration, List<FileFacts> files,
                                Judged calls) {
        List<Finding> findings = new ArrayList<>();
        RuleContext context = new RuleContext(settings.unknownParts(), topology, findings::add);
        for (Rule rule : settings.rules()) {
            rule.visitProject(new ProjectFacts(configuration.config(), topology), context);
            files.forEach(file -> file.creations().forEach(creation -> rule.visitCreation(creation, context)));
            for (FileFacts file : files) {
                file.calls().commands().stream().filter(calls::isJudged).forEach(call -> rule.visitCall(call, context));
                file.calls().clientCalls().forEach(call -> rule.visitClientCall(call, context));
            }
            calls.throughWrappers().forEach(call -> rule.visitCall(call, context));
        }
        return findings;
    }

    /** Findings kept, and those the code's suppressions silence. */
    private record Verdicts(List<Finding> kept, List<Finding> silenced) {
    }

    private static Verdicts suppress(List<Finding> findings, List<FileFacts> files, Configuration configuration) {
        Map<Path, Suppressions> suppressions = new HashMap<>(configuration.suppressions());
        files.forEach(file -> suppressions.put(file.path(), file.suppressions()));
        List<Finding> kept = new ArrayList<>();
        List<Finding> silenced = new ArrayList<>();
        for (Finding finding : findings) {
            Suppressions inFile = suppressions.getOrDefault(finding.location().file(), Suppressions.NONE);
            (inFile.covers(finding.ruleId(), finding.location().line()) ? silenced : kept).add(finding);
        }
        kept.sort(Finding.ORDER);
        return new Verdicts(kept, silenced);
    }

    /** Every command call the rules judged: those through wrappers, then each file's own. */
    private static List<CommandCall> judged(List<FileFacts> files, Judged calls) {
        List<CommandCall> judged = new ArrayList<>(calls.throughWrappers());
        files.forEach(file -> file.calls().commands().stream().filter(calls::isJudged).forEach(judged::add));
        return judged;
    }

    private AnalysisResult result(int filesRead, ProjectIndex index, ProjectTopology topology,
                                  List<CommandCall> judged, Verdicts verdicts, List<Problem> problems) {
        List<Problem> distinct = new ArrayList<>(new LinkedHashSet<>(problems));
        distinct.sort(null);
        return new AnalysisResult(verdicts.kept(), distinct, filesRead, index.skippedCount(),
                settings.libraryVersions(), topology, judged, keyUses(judged), verdicts.silenced(), 0);
    }

    private static List<KeyUse> keyUses(List<CommandCall> judged) {
        List<KeyUse> keyUses = new ArrayList<>();
        for (CommandCall call : judged) {
            new LinkedHashSet<>(call.keys()).forEach(key -> keyUses.add(new KeyUse(call.location(),
                    call.commandName(), call.clientDescription(), key)));
        }
        return keyUses;
    }

    /** Lua scripts of the project, looked up by the path the code reads them by (a suffix of their file path). */
    private static Function<String, Optional<String>> scripts(List<SourceFile> files) {
        List<SourceFile> scripts = files.stream().filter(f -> f.path().toString().endsWith(".lua")).toList();
        return written -> {
            String path = written.replace('\\', '/').replaceFirst("^(classpath\\*?:)?/*", "");
            for (SourceFile script : scripts) {
                String file = script.path().toString().replace('\\', '/');
                if (file.equals(path) || file.endsWith("/" + path)) {
                    try {
                        return Optional.of(script.read(problem -> { }));
                    } catch (IOException e) {
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

package dev.slotlint;

import com.github.javaparser.ast.CompilationUnit;
import dev.slotlint.client.CallFinder;
import dev.slotlint.client.ClientCatalog;
import dev.slotlint.client.ClientCreation;
import dev.slotlint.client.CommandCall;
import dev.slotlint.client.CreationFinder;
import dev.slotlint.client.ModeSwitches;
import dev.slotlint.client.SpringDriver;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.Value;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.ProjectFacts;
import dev.slotlint.rule.Rule;
import dev.slotlint.rule.RuleContext;
import dev.slotlint.source.Enclosing;
import dev.slotlint.source.Location;
import dev.slotlint.source.Lookups;
import dev.slotlint.source.Parallel;
import dev.slotlint.source.Problem;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.Resolver;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.Suppressions;
import dev.slotlint.topology.ClientTopology;
import dev.slotlint.topology.ConfigEntry;
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
 *   <li>forwarding ({@link Forwarding}): calls of the project's own methods that forward keys to a client or run a
 *   transaction on their callers' keys, judged at their callers;</li>
 *   <li>topology: what the project targets, from the configuration and the clients made;</li>
 *   <li>rules: each rule judges the facts; each finding is then placed in its type and member (or configuration
 *   key), and suppressions silence what the code accepts.</li>
 * </ol>
 */
public final class Analyzer {



    private final AnalysisSettings settings;
    private final RedisText redisText;
    private final ClientCatalog catalog = ClientCatalog.standard();

    public Analyzer(AnalysisSettings settings) {
        this.settings = settings;
        this.redisText = new RedisText(catalog);
    }

    /** Analyses Java sources only. */
    public AnalysisResult analyze(List<SourceFile> javaFiles) {
        return analyze(javaFiles, List.of());
    }

    /**
     * @param configFiles Spring Boot configuration, redis.conf and Docker files of the project
     */
    public AnalysisResult analyze(List<SourceFile> javaFiles, List<SourceFile> configFiles) {
        return analyze(javaFiles, configFiles, Reactor.ALONE);
    }

    /**
     * Analyses one module of a build of several: the sources of the modules it depends on are indexed with its own
     * and their configuration is evidence of its topology, but only its own files are reported on, and the clients
     * its upstream modules make (see {@link Reactor}).
     */
    public AnalysisResult analyze(List<SourceFile> javaFiles, List<SourceFile> configFiles, Reactor reactor) {
        return analyze(javaFiles, configFiles, reactor, null);
    }

    /**
     * @param kept per-file results of an earlier analysis that may stand for analysing those files again; null for
     *             none
     */
    public AnalysisResult analyze(List<SourceFile> javaFiles, List<SourceFile> configFiles, Reactor reactor,
                                  FileResults kept) {
        Own own = Own.of(javaFiles, configFiles);
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        versionsOutsideTheCatalog().forEach(problems::add);
        ProjectIndex index = ProjectIndex.scan(own.with(javaFiles, reactor.upstreamJavaFiles()), RedisText::mayCallRedis,
                redisText::clientMembers, problems::add, settings.threads());
        Configuration configuration = configuration(own.with(configFiles, reactor.upstreamConfigFiles()), index,
                problems);
        Evaluation evaluation = new Evaluation(new Resolver.Project(index, catalog::knows, catalog::returnType),
                kept == null ? new ConcurrentHashMap<>() : Lookups.memo(), problems, configuration.scripts(),
                configuration.settings());
        if (kept != null) {
            kept.start(index, configuration.springDriver());
        }
        List<FileFacts> files = facts(index, configuration, evaluation, kept);
        Forwarding.Judged calls = new Forwarding(catalog, settings).follow(index,
                files.stream().map(FileFacts::calls).toList(), evaluation);
        Creations creations = creations(files);
        ProjectTopology topology = topology(configuration, creations);
        List<Finding> findings = locate(judge(topology, configuration, files, creations, calls, own,
                reactor.judgedDownstream()), files, index, configuration);
        List<CommandCall> judged = judged(files, calls).stream().filter(call -> own.contains(call.location()))
                .toList();
        problems.removeIf(problem -> problem.location() != null && !own.contains(problem.location()));
        return result(javaFiles.size(), index.skippedCount(own.files()::contains), topology, judged,
                suppress(findings, files, configuration), problems);
    }

    /**
     * The files of the module analysed, as against those of its upstream modules, which are read but not reported
     * on. A file both lists name is the module's own.
     */
    private record Own(Set<Path> files) {

        static Own of(List<SourceFile> javaFiles, List<SourceFile> configFiles) {
            Set<Path> files = new HashSet<>();
            javaFiles.forEach(file -> files.add(file.path()));
            configFiles.forEach(file -> files.add(file.path()));
            return new Own(files);
        }

        boolean contains(Location location) {
            return files.contains(location.file());
        }

        List<SourceFile> with(List<SourceFile> ownFiles, List<SourceFile> upstream) {
            if (upstream.isEmpty()) {
                return ownFiles;
            }
            List<SourceFile> all = new ArrayList<>(ownFiles);
            upstream.stream().filter(file -> !files.contains(file.path())).forEach(all::add);
            return all;
        }
    }

    /**
     * One warning for each client library version the catalog does not describe, naming the version whose semantics
     * the findings assume instead.
     */
    private List<Problem> versionsOutsideTheCatalog() {
        List<Problem> warnings = new ArrayList<>();
        new java.util.TreeMap<>(settings.libraryVersions()).forEach((library, version) -> catalog
                .notCatalogued(library, version).ifPresent(message -> warnings.add(Problem.ofProject(message))));
        return warnings;
    }

    /** What the project's configuration files say, and the Spring driver they and the code decide. */
    private record Configuration(ProjectConfig config, SpringDriver springDriver,
                                 Function<String, Optional<String>> scripts, Map<Path, Suppressions> suppressions) {

        /** Every value a setting has across the configuration files, for {@code @Value} and the like. */
        Function<String, List<String>> settings() {
            return key -> config.entries(key).stream().map(ConfigEntry::value).distinct().toList();
        }
    }

    /** What every file's evaluation shares: the names layer, the constants evaluated so far, where problems go. */
    record Evaluation(Resolver.Project project, Map<String, Value> constants, List<Problem> problems,
                              Function<String, Optional<String>> scripts, Function<String, List<String>> settings) {

        Resolver resolver() {
            return new Resolver(project);
        }

        KeyEvaluator evaluator(Resolver resolver) {
            return new KeyEvaluator(resolver, constants, problem -> {
                problems.add(problem);
                Lookups.problem(problem);
            }, scripts, settings);
        }

    }

    /**
     * What one file holds: its client calls, the clients it makes, the findings it silences, and its named places
     * (null for a file without calls or creations, where findings are rare).
     */
    private record FileFacts(Path path, CallFinder.Calls calls, List<ClientCreation> creations,
                             Suppressions suppressions, Enclosing enclosing) {
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

    private List<FileFacts> facts(ProjectIndex index, Configuration configuration, Evaluation evaluation,
                                  FileResults kept) {
        Set<String> methodsRead = new HashSet<>();
        settings.rules().forEach(rule -> methodsRead.addAll(rule.clientMethodsRead()));
        CallFinder calls = new CallFinder(catalog, settings.libraryVersions(), configuration.springDriver().library(),
                methodsRead);
        CreationFinder creations = new CreationFinder(catalog);
        List<ProjectIndex.Entry> relevant = index.entries().stream().filter(ProjectIndex.Entry::relevant).toList();
        List<FileFacts> facts = Parallel.map(relevant, settings.threads(), entry -> {
            if (kept == null) {
                return facts(entry, index, evaluation, calls, creations);
            }
            Path path = entry.file().path();
            Optional<FileResult> reused = kept.reuse(path);
            if (reused.isPresent()) {
                return replay(reused.get(), index, evaluation);
            }
            Lookups.Recorded read = Lookups.empty();
            FileFacts made = Lookups.record(read, () -> facts(entry, index, evaluation, calls, creations));
            if (!read.complete()) {
                kept.notKept(path);
                return made;
            }
            Map<Path, List<Problem>> parseProblems = new HashMap<>();
            Set<Path> unparsable = new HashSet<>();
            for (Path file : read.parsedFiles()) {
                parseProblems.put(file, kept.parseProblems(index, file));
                if (index.unparsable(file)) {
                    unparsable.add(file);
                }
            }
            kept.analysed(made == null
                    ? new FileResult(path, null, List.of(), Suppressions.NONE, Enclosing.NONE, read.problems(),
                            parseProblems, unparsable, read.files(), read.names())
                    : new FileResult(path, made.calls(), made.creations(), made.suppressions(), made.enclosing(),
                            read.problems(), parseProblems, unparsable, read.files(), read.names()));
            return made;
        });
        return facts.stream().filter(file -> file != null).toList();
    }

    /** A file's facts as an earlier analysis found them, with what that analysis reported and marked. */
    private static FileFacts replay(FileResult kept, ProjectIndex index, Evaluation evaluation) {
        evaluation.problems().addAll(kept.problems());
        kept.parseProblems().values().forEach(evaluation.problems()::addAll);
        kept.unparsable().forEach(index::notAnalysed);
        if (!kept.analysed()) {
            return null;
        }
        index.calls(kept.path(), kept.calls().calledNames());
        return new FileFacts(kept.path(), kept.calls(), kept.creations(), kept.suppressions(), kept.enclosing());
    }

    private FileFacts facts(ProjectIndex.Entry entry, ProjectIndex index, Evaluation evaluation, CallFinder calls,
                            CreationFinder creations) {
        return index.analysing(entry.file(), unit -> facts(entry, unit, index, evaluation, calls, creations));
    }

    private FileFacts facts(ProjectIndex.Entry entry, Optional<CompilationUnit> unit, ProjectIndex index,
                            Evaluation evaluation, CallFinder calls, CreationFinder creations) {
        if (unit.isEmpty()) {
            return null;
        }
        Resolver resolver = evaluation.resolver();
        KeyEvaluator evaluator = evaluation.evaluator(resolver);
        Path path = entry.file().path();
        try {
            CallFinder.Calls found = calls.find(path, unit.get(), evaluator, resolver);
            index.calls(path, found.calledNames());
            List<ClientCreation> made = creations.find(path, unit.get(), evaluator, resolver);
            // most files read call nothing: their places are found again from the tree should a finding be there
            Enclosing places = found.isEmpty() && made.isEmpty() ? null : Enclosing.of(unit.get());
            return new FileFacts(path, found, made, Suppressions.of(unit.get()), places);
        } catch (StackOverflowError e) {
            // the parser's limits keep trees shallow enough; this is the last guard, should they miss a shape
            Problem tooDeep = new Problem(new dev.slotlint.source.Location(path, 1, 1),
                    "nested too deeply to analyse; file not analysed");
            evaluation.problems().add(tooDeep);
            Lookups.problem(tooDeep);
            index.notAnalysed(path);
            return null;
        }
    }

    /**
     * The clients the code makes, each standalone one known as one mode's choice where the code picks clients by a
     * setting; {@code modeSwitch} says where, when the code makes both kinds.
     */
    private record Creations(List<ClientCreation> all, String modeSwitch) {
    }

    private static Creations creations(List<FileFacts> files) {
        List<ClientCreation> made = new ArrayList<>();
        files.forEach(file -> made.addAll(file.creations()));
        List<ClientCreation> cluster = made.stream().filter(c -> c.kind().topology() == ClientTopology.CLUSTER)
                .toList();
        List<ClientCreation> all = new ArrayList<>();
        String modeSwitch = null;
        ClientCreation firstStandalone = null;
        for (ClientCreation creation : made) {
            if (creation.kind().topology() != ClientTopology.STANDALONE || creation.keyless() != null) {
                // a client that touches no key (pub/sub only, a placeholder, a node-routed connection) picks no mode
                all.add(creation);
                continue;
            }
            firstStandalone = firstStandalone == null ? creation : firstStandalone;
            Optional<String> alternative = ModeSwitches.alternative(creation, cluster);
            if (alternative.isPresent() && modeSwitch == null) {
                modeSwitch = alternative.get();
            }
            all.add(alternative.map(creation::asAlternative).orElse(creation));
        }
        if (modeSwitch == null && firstStandalone != null && !cluster.isEmpty()) {
            modeSwitch = "cluster clients (" + cite(cluster.get(0)) + ") and standalone clients ("
                    + cite(firstStandalone) + ") made in the code";
        }
        return new Creations(List.copyOf(all), modeSwitch);
    }

    private static String cite(ClientCreation creation) {
        return creation.location().file().getFileName() + ":" + creation.location().line();
    }

    private ProjectTopology topology(Configuration configuration, Creations creations) {
        List<Evidence> fromCode = new ArrayList<>();
        creations.all().forEach(creation -> creation.clusterEvidence().ifPresent(fromCode::add));
        return TopologyDetector.detect(settings.topology(), settings.clusterNodes(), settings.clusterReady(),
                configuration.config(), fromCode, creations.modeSwitch());
    }

    /**
     * Every rule over the facts. Findings in upstream files are left out, but for those on the clients upstream code
     * makes, which this module judges; the clients this module makes are left to its downstream modules when they
     * judge them.
     */
    private List<Finding> judge(ProjectTopology topology, Configuration configuration, List<FileFacts> files,
                                Creations creations, Forwarding.Judged calls, Own own, boolean judgedDownstream) {
        List<Finding> findings = new ArrayList<>();
        List<Finding> onUpstreamCreations = new ArrayList<>();
        RuleContext context = new RuleContext(settings.unknownParts(), topology, findings::add);
        RuleContext upstream = new RuleContext(settings.unknownParts(), topology, onUpstreamCreations::add);
        for (Rule rule : settings.rules()) {
            rule.visitProject(new ProjectFacts(configuration.config(), topology), context);
            for (ClientCreation creation : creations.all()) {
                boolean ownCreation = own.contains(creation.location());
                if (!ownCreation || !judgedDownstream) {
                    rule.visitCreation(creation, (ownCreation ? context : upstream)
                            .about(creation.kind().simpleName()));
                }
            }
            for (FileFacts file : files) {
                visitOncePerPath(rule, file.calls().commands().stream().filter(calls::isJudged).toList(), context,
                        findings);
                file.calls().clientCalls().forEach(call -> rule.visitClientCall(call, context.about(call.method())));
                file.calls().transactions().forEach(transaction ->
                        rule.visitTransaction(transaction, context.about("multi")));
            }
            calls.throughHelpers().forEach(transaction -> rule.visitTransaction(transaction, context.about("multi")));
            visitOncePerPath(rule, calls.throughWrappers(), context, findings);
        }
        findings.removeIf(finding -> !own.contains(finding.location()));
        findings.addAll(onUpstreamCreations);
        return findings;
    }

    /**
     * A call that reaches the client by several paths that never both run (a wrapper that retries EVALSHA with EVAL,
     * a fallback in a catch block, one command per arm of a switch) is one call site: each rule reports it once, by
     * the first path that gives a finding.
     */
    private static void visitOncePerPath(Rule rule, List<CommandCall> calls, RuleContext context,
                                         List<Finding> findings) {
        Map<Location, List<CommandCall>> reportedAt = new HashMap<>();
        for (CommandCall call : calls) {
            int before = findings.size();
            rule.visitCall(call, context.about(call.commandName()));
            List<CommandCall> reported = reportedAt.computeIfAbsent(call.location(), at -> new ArrayList<>(1));
            if (findings.size() > before && reported.stream().anyMatch(call::isAlternativeOf)) {
                findings.subList(before, findings.size()).clear();
            } else if (findings.size() > before) {
                reported.add(call);
            }
        }
    }

    /**
     * Each finding with the type and member it is in (for a Java file), or the configuration key at its line: what
     * identifies it in a baseline, whatever its line. Files checked for calls were summarised as they were parsed;
     * a caller of a wrapper elsewhere is parsed again, which few findings need.
     */
    private static List<Finding> locate(List<Finding> findings, List<FileFacts> files, ProjectIndex index,
                                        Configuration configuration) {
        Map<Path, Enclosing> places = new HashMap<>();
        files.forEach(file -> places.put(file.path(), file.enclosing()));
        Map<Location, String> settings = new HashMap<>();
        configuration.config().entries().forEach(entry -> settings.putIfAbsent(entry.location(), entry.key()));
        List<Finding> located = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Location at = finding.location();
            String enclosing;
            if (at.file().toString().endsWith(".java")) {
                enclosing = places.computeIfAbsent(at.file(), path -> index.unit(path).map(Enclosing::of)
                        .orElse(Enclosing.NONE)).at(at);
            } else {
                enclosing = settings.getOrDefault(at, "");
            }
            located.add(finding.in(enclosing));
        }
        return located;
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
    private static List<CommandCall> judged(List<FileFacts> files, Forwarding.Judged calls) {
        List<CommandCall> judged = new ArrayList<>(calls.throughWrappers());
        files.forEach(file -> file.calls().commands().stream().filter(calls::isJudged).forEach(judged::add));
        return judged;
    }

    private AnalysisResult result(int filesRead, int filesSkipped, ProjectTopology topology,
                                  List<CommandCall> judged, Verdicts verdicts, List<Problem> problems) {
        List<Problem> distinct = new ArrayList<>(new LinkedHashSet<>(problems));
        distinct.sort(null);
        return new AnalysisResult(verdicts.kept(), distinct, filesRead, filesSkipped,
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

}


package dev.slotlint;

import com.github.javaparser.ast.CompilationUnit;
import dev.slotlint.client.CallFinder;
import dev.slotlint.client.ClientCatalog;
import dev.slotlint.client.CommandCall;
import dev.slotlint.client.Transaction;
import dev.slotlint.client.TransactionHelpers;
import dev.slotlint.client.Wrapper;
import dev.slotlint.client.Wrappers;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.SlotVerdict;
import dev.slotlint.source.Location;
import dev.slotlint.source.Parallel;
import dev.slotlint.source.Problem;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.Resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stage that follows keys through the project's own methods: wrappers that forward their parameters to a client
 * command, and helpers that run a transaction on their callers' keys. Each call of one becomes a command call or a
 * transaction at the caller's line, with the caller's values.
 */
final class Forwarding {

    private final ClientCatalog catalog;
    private final AnalysisSettings settings;

    Forwarding(ClientCatalog catalog, AnalysisSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * The calls the rules judge beyond each file's own: those made through wrappers and transaction helpers, at
     * their callers; and the forwarding calls inside wrappers whose callers were found, judged there instead.
     */
    record Judged(List<CommandCall> throughWrappers, Set<Location> forwarding, List<Transaction> throughHelpers) {

        boolean isJudged(CommandCall call) {
            return !forwarding.contains(call.location());
        }
    }

    Judged follow(ProjectIndex index, List<CallFinder.Calls> files, Analyzer.Evaluation evaluation) {
        List<Wrapper> all = new ArrayList<>();
        files.forEach(file -> all.addAll(file.wrappers()));
        List<CommandCall> calls = new ArrayList<>();
        Wrappers wrappers = new Wrappers(index, catalog);
        List<Wrapper> frontier = new ArrayList<>(all);
        for (int depth = 0; !frontier.isEmpty() && depth < Wrapper.MAX_DEPTH; depth++) {
            Wrappers.Targets targets = Wrappers.Targets.of(frontier);
            List<Wrapper> next = new ArrayList<>();
            for (Wrappers.Found through : inFilesCalling(index, targets.byName().keySet(), evaluation,
                    (path, unit, evaluator, resolver) -> wrappers.find(path, unit, evaluator, resolver, targets))) {
                calls.addAll(through.calls());
                next.addAll(through.wrappers());
            }
            frontier = next;
            all.addAll(next);
        }
        Set<Location> forwarding = new HashSet<>();
        wrappers.forwardingSites(all).forEach(site -> forwarding.add(site.location()));
        calls.removeIf(call -> forwarding.contains(call.location()));
        return new Judged(List.copyOf(calls), forwarding, transactionHelpers(index, files, evaluation));
    }

    /**
     * The transactions of helper methods whose keys only their callers can tell, run at each caller's line. Where
     * the helper alone decides its keys, it is judged where it is written, once.
     */
    private List<Transaction> transactionHelpers(ProjectIndex index, List<CallFinder.Calls> files,
                                                 Analyzer.Evaluation evaluation) {
        TransactionHelpers helpers = new TransactionHelpers(index, catalog, settings.libraryVersions());
        List<TransactionHelpers.Helper> undecided = files.stream().flatMap(file -> file.transactions().stream())
                .filter(t -> SlotVerdict.of(t.keys(), settings.unknownParts()).kind()
                        == SlotVerdict.Kind.SAME_OR_UNDECIDED)
                .flatMap(t -> helpers.helperOf(t).stream()).toList();
        if (undecided.isEmpty()) {
            return List.of();
        }
        Set<String> names = undecided.stream().map(TransactionHelpers.Helper::name).collect(Collectors.toSet());
        return inFilesCalling(index, names, evaluation,
                (path, unit, evaluator, resolver) -> helpers.find(path, unit, evaluator, resolver, undecided))
                .stream().flatMap(List::stream).toList();
    }

    /** What one pass finds in one file. */
    private interface FileStep<T> {
        T apply(Path path, CompilationUnit unit, KeyEvaluator evaluator, Resolver resolver);
    }

    /** Runs a step over every file whose text calls one of these names, in parallel, in project order. */
    private <T> List<T> inFilesCalling(ProjectIndex index, Collection<String> names, Analyzer.Evaluation evaluation,
                                       FileStep<T> step) {
        List<T> found = Parallel.map(index.entriesCalling(names), settings.threads(), entry -> {
            Optional<CompilationUnit> unit = index.unit(entry.file());
            if (unit.isEmpty()) {
                return null;
            }
            Resolver resolver = evaluation.resolver();
            try {
                return step.apply(entry.file().path(), unit.get(), evaluation.evaluator(resolver), resolver);
            } catch (StackOverflowError e) {
                evaluation.problems().add(new Problem(new Location(entry.file().path(), 1, 1),
                        "nested too deeply to analyse; file not analysed"));
                index.notAnalysed(entry.file().path());
                return null;
            }
        });
        return found.stream().filter(Objects::nonNull).toList();
    }
}

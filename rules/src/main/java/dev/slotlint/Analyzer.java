package dev.slotlint;

import com.github.javaparser.ast.CompilationUnit;
import dev.slotlint.client.CallFinder;
import dev.slotlint.client.ClientCatalog;
import dev.slotlint.client.CommandCall;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.Value;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Rule;
import dev.slotlint.rule.RuleContext;
import dev.slotlint.source.Problem;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.SourceFile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The one entry point: sources and settings in, findings out. */
public final class Analyzer {

    /** Text that shows a file may talk to Redis through a client slotlint knows. */
    private static final List<String> CLIENT_PACKAGES = List.of(
            "redis.clients.", "io.lettuce.", "org.springframework.data.redis");

    private final AnalysisSettings settings;
    private final ClientCatalog catalog = ClientCatalog.standard();

    public Analyzer(AnalysisSettings settings) {
        this.settings = settings;
    }

    public AnalysisResult analyze(List<SourceFile> files) {
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        ProjectIndex index = ProjectIndex.scan(files, Analyzer::mayCallRedis, problems::add);
        Map<String, Value> constants = new ConcurrentHashMap<>();
        RuleContext context = new RuleContext(settings.unknownParts(), findings::add);
        CallFinder finder = new CallFinder(catalog, settings.libraryVersions());
        for (ProjectIndex.Entry entry : index.entries()) {
            if (!entry.relevant()) {
                continue;
            }
            Optional<CompilationUnit> unit = index.unit(entry.file());
            if (unit.isEmpty()) {
                continue;
            }
            KeyEvaluator evaluator = new KeyEvaluator(index, constants, problems::add, catalog::knows);
            CallFinder.Calls calls = finder.find(entry.file().path(), unit.get(), evaluator);
            for (Rule rule : settings.rules()) {
                calls.commands().forEach(call -> rule.visitCall(call, context));
                calls.clientCalls().forEach(call -> rule.visitClientCall(call, context));
            }
        }
        findings.sort(Finding.ORDER);
        List<Problem> distinct = new ArrayList<>(new LinkedHashSet<>(problems));
        distinct.sort(null);
        return new AnalysisResult(findings, distinct, files.size(), index.unparsableCount(),
                settings.libraryVersions());
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

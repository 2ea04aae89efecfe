package dev.slotlint;

import com.github.javaparser.ast.CompilationUnit;
import dev.slotlint.client.CallFinder;
import dev.slotlint.client.ClientCatalog;
import dev.slotlint.client.CommandCall;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Rule;
import dev.slotlint.rule.RuleContext;
import dev.slotlint.source.JavaSources;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The one entry point: sources and settings in, findings out. */
public final class Analyzer {

    private final AnalysisSettings settings;
    private final ClientCatalog catalog = ClientCatalog.standard();

    public Analyzer(AnalysisSettings settings) {
        this.settings = settings;
    }

    public AnalysisResult analyze(List<SourceFile> files) {
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        RuleContext context = new RuleContext(settings.unknownParts(), findings::add);
        CallFinder finder = new CallFinder(catalog);
        int skipped = 0;
        for (SourceFile file : files) {
            Optional<CompilationUnit> unit = JavaSources.parse(file, problems::add);
            if (unit.isEmpty()) {
                skipped++;
                continue;
            }
            for (CommandCall call : finder.find(file.path(), unit.get())) {
                for (Rule rule : settings.rules()) {
                    rule.visitCall(call, context);
                }
            }
        }
        findings.sort(Finding.ORDER);
        problems.sort(null);
        return new AnalysisResult(findings, problems, files.size(), skipped);
    }
}

package dev.slotlint.testing;

import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.Reactor;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Rule;
import dev.slotlint.source.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs rules over inline Java sources and compares their findings with markers written in the sources, in the
 * manner of Error Prone's CompilationTestHelper. A marker comment names the finding expected on the next code line:
 * <pre>
 *   // expect: CrossSlot ERROR: slot 13437
 *   redis.mset("user:101", "a", "user:102", "b");
 * </pre>
 * Severity and message fragment are optional. Every finding must be expected, and every expectation found.
 */
public final class RuleTester {

    private static final Pattern MARKER = Pattern.compile(
            "(?://|#)\\s*expect:\\s*(\\w+)(?:\\s+(ERROR|WARNING|INFO))?(?::\\s*(.*))?$");

    private final List<Rule> rules;
    private final List<SourceFile> sources = new ArrayList<>();
    private final List<SourceFile> configFiles = new ArrayList<>();
    private final List<SourceFile> upstreamSources = new ArrayList<>();
    private final List<SourceFile> upstreamConfigFiles = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();
    private boolean judgedDownstream;
    private AnalysisSettings settings;

    private RuleTester(List<Rule> rules) {
        this.rules = rules;
        this.settings = AnalysisSettings.defaults().withRules(rules);
    }

    public static RuleTester of(Rule... rules) {
        return new RuleTester(List.of(rules));
    }

    /** Adjusts the settings the rules run with. */
    public RuleTester settings(UnaryOperator<AnalysisSettings> change) {
        settings = change.apply(settings).withRules(rules);
        return this;
    }

    /** Adds a source file; its path is also how findings name it. */
    public RuleTester source(String path, String text) {
        sources.add(SourceFile.inMemory(Path.of(path), text));
        return expectations(path, text);
    }

    /**
     * Adds a configuration file (application.yml, redis.conf, a Dockerfile); markers are {@code # expect:}
     * comments.
     */
    public RuleTester config(String path, String text) {
        configFiles.add(SourceFile.inMemory(Path.of(path), text));
        return expectations(path, text);
    }

    /**
     * Adds a source file of a module the analysed one depends on: indexed, but reported on only for the clients it
     * makes. Markers in it are expected findings like any other.
     */
    public RuleTester upstream(String path, String text) {
        upstreamSources.add(SourceFile.inMemory(Path.of(path), text));
        return expectations(path, text);
    }

    /** Adds a configuration file or resource of a module the analysed one depends on. */
    public RuleTester upstreamConfig(String path, String text) {
        upstreamConfigFiles.add(SourceFile.inMemory(Path.of(path), text));
        return expectations(path, text);
    }

    /** Analyses the sources as a library whose downstream modules judge the clients it makes. */
    public RuleTester judgedDownstream() {
        judgedDownstream = true;
        return this;
    }

    private RuleTester expectations(String path, String text) {
        String[] lines = text.split("\n", -1);
        List<Expectation> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher marker = MARKER.matcher(line);
            boolean comment = line.startsWith("//") || line.startsWith("#");
            if (comment && marker.find()) {
                pending.add(new Expectation(path, -1, marker.group(1), marker.group(2),
                        marker.group(3) == null ? null : marker.group(3).strip()));
            } else if (!line.isEmpty() && !comment) {
                for (Expectation expectation : pending) {
                    expectations.add(expectation.atLine(i + 1));
                }
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException(path + ": expectation marker with no code line after it");
        }
        return this;
    }

    /** Runs the analysis and fails with a readable diff when findings and markers disagree. */
    public AnalysisResult check() {
        AnalysisResult result = new Analyzer(settings).analyze(sources, configFiles,
                new Reactor(upstreamSources, upstreamConfigFiles, judgedDownstream));
        List<Finding> unmatched = new ArrayList<>(result.findings());
        List<Expectation> missing = new ArrayList<>();
        for (Expectation expectation : expectations) {
            Finding match = unmatched.stream().filter(expectation::matches).findFirst().orElse(null);
            if (match == null) {
                missing.add(expectation);
            } else {
                unmatched.remove(match);
            }
        }
        if (!missing.isEmpty() || !unmatched.isEmpty()) {
            StringBuilder report = new StringBuilder();
            missing.forEach(e -> report.append("expected but not found: ").append(e).append('\n'));
            unmatched.forEach(f -> report.append("found but not expected: ").append(describe(f)).append('\n'));
            report.append("all findings:\n");
            result.findings().forEach(f -> report.append("  ").append(describe(f)).append('\n'));
            fail(report.toString());
        }
        return result;
    }

    private static String describe(Finding finding) {
        return finding.location().file() + ":" + finding.location().line() + " " + finding.ruleId() + " "
                + finding.severity() + ": " + finding.message();
    }

    private record Expectation(String path, int line, String ruleId, String severity, String fragment) {

        Expectation atLine(int line) {
            return new Expectation(path, line, ruleId, severity, fragment);
        }

        boolean matches(Finding finding) {
            return finding.location().file().toString().equals(path)
                    && finding.location().line() == line
                    && finding.ruleId().equals(ruleId)
                    && (severity == null || finding.severity().name().equals(severity))
                    && (fragment == null || finding.message().contains(fragment));
        }

        @Override
        public String toString() {
            return path + ":" + line + " " + ruleId + (severity == null ? "" : " " + severity)
                    + (fragment == null ? "" : ": " + fragment);
        }
    }
}

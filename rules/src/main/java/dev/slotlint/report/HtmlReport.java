package dev.slotlint.report;

import dev.slotlint.AnalysisResult;
import dev.slotlint.key.UnknownParts;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Rule;
import dev.slotlint.rule.RuleInfo;
import dev.slotlint.rule.Severity;
import dev.slotlint.source.Location;
import dev.slotlint.source.Problem;
import dev.slotlint.topology.Evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The standalone HTML report: one self-contained file (inline CSS, no script, no external fetch) that reads on a
 * phone as well as on a desktop. Every string that comes from the analysed project is escaped.
 */
public final class HtmlReport {

    private static final int CONTEXT_LINES = 3;
    /** The most keys a finding lists, and families a slot lists; the rest are counted. */
    private static final int SHOWN_KEYS = 50;
    /** The most key families the inventory lists; the rest are counted. */
    private static final int SHOWN_FAMILIES = 1_000;
    /** The most characters of one line of code the report shows. */
    private static final int SHOWN_LINE = 400;

    private static final String STYLE = """
            :root{--error:#b3261e;--warning:#8a5a00;--info:#1f5fa8;--line:#d0d7de;--muted:#57606a;--code:#f6f8fa}
            *{box-sizing:border-box}
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}
            header,main{max-width:1100px;margin:0 auto;padding:12px 16px}
            header{border-bottom:1px solid var(--line)}
            h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.4em 0 .5em}h3{font-size:1em;margin:0 0 .3em;word-break:break-all}
            .muted{color:var(--muted)}
            .cards{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:12px}
            .card{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:120px;flex:1 1 120px}
            .card b{display:block;font-size:1.6em}
            .error{color:var(--error)}.warning{color:var(--warning)}.info{color:var(--info)}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:.93em}
            th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
            th{background:var(--code)}
            code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
            code{background:var(--code);padding:0 3px;border-radius:4px;word-break:break-all}
            article{border:1px solid var(--line);border-left-width:5px;border-radius:8px;padding:10px 14px;margin:12px 0}
            article.ERROR{border-left-color:var(--error)}article.WARNING{border-left-color:var(--warning)}article.INFO{border-left-color:var(--info)}
            .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:.8em;font-weight:600;color:#fff;margin-right:6px}
            .badge.ERROR{background:var(--error)}.badge.WARNING{background:var(--warning)}.badge.INFO{background:var(--info)}
            pre.source{background:var(--code);border-radius:6px;padding:8px 0;overflow-x:auto;margin:8px 0}
            pre.source span{display:block;padding:0 10px;white-space:pre}
            pre.source span.hit{background:#fff1b8}
            pre.source i{display:inline-block;width:3.5em;color:var(--muted);font-style:normal;user-select:none}
            ul{padding-left:1.2em;margin:.3em 0}
            details{margin-top:6px}summary{cursor:pointer;color:var(--muted)}
            """;

    private static final String SCOPED_STYLE = scope(STYLE);

    private final Function<Path, List<String>> sources;
    private final UnknownParts unknownParts;

    /**
     * @param sources the lines of a project file, for the code around each finding; empty when unreadable
     */
    public HtmlReport(Function<Path, List<String>> sources, UnknownParts unknownParts) {
        this.sources = sources;
        this.unknownParts = unknownParts;
    }

    /** Reads files from disk in the given encoding. */
    public static Function<Path, List<String>> fromDisk(java.nio.charset.Charset charset) {
        Map<Path, List<String>> cache = new java.util.HashMap<>();
        return path -> cache.computeIfAbsent(path, p -> {
            try {
                String text = new String(Files.readAllBytes(p), charset);
                return List.of((text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n|\r", -1));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }

    public void write(AnalysisResult result, String projectName, Path base, List<Rule> rules, Path file)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, render(result, projectName, base, rules).getBytes(StandardCharsets.UTF_8));
    }

    public String render(AnalysisResult result, String projectName, Path base, List<Rule> rules) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>slotlint report: ").append(esc(projectName)).append("</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n");
        content(html, result, projectName, base, rules);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /**
     * The same report as a part of another page, such as the Maven site's: its style applies only inside its own
     * {@code <div class="slotlint">}, so the page around it keeps its look.
     */
    public String renderFragment(AnalysisResult result, String projectName, Path base, List<Rule> rules) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<style>").append(SCOPED_STYLE).append("</style>\n<div class=\"slotlint\">\n");
        content(html, result, projectName, base, rules);
        html.append("</div>\n");
        return html.toString();
    }

    private void content(StringBuilder html, AnalysisResult result, String projectName, Path base, List<Rule> rules) {
        html.append("<header>\n<h1>slotlint report</h1>\n<p class=\"muted\">").append(esc(projectName))
                .append(" &middot; ").append(esc(ConsoleReport.summary(result))).append("</p>\n</header>\n<main>\n");
        summary(html, result, rules);
        findings(html, result, base, rules);
        inventory(html, result, base);
        problems(html, result, base);
        ruleReference(html, rules);
        html.append("</main>\n");
    }

    /**
     * {@link #STYLE} with every selector confined to {@code .slotlint}: {@code :root} and {@code body} become the
     * container itself.
     */
    static String scope(String style) {
        StringBuilder scoped = new StringBuilder(style.length() * 2);
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("([^{}]+)\\{([^{}]*)}").matcher(style);
        while (rule.find()) {
            String selectors = java.util.Arrays.stream(rule.group(1).trim().split(","))
                    .map(String::trim)
                    .map(selector -> selector.equals(":root") || selector.equals("body") ? ".slotlint"
                            : ".slotlint " + selector)
                    .collect(java.util.stream.Collectors.joining(","));
            scoped.append(selectors).append('{').append(rule.group(2)).append("}\n");
        }
        return scoped.toString();
    }

    private static void summary(StringBuilder html, AnalysisResult result, List<Rule> rules) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<String, int[]> byRule = new TreeMap<>();
        for (Finding finding : result.findings()) {
            bySeverity.merge(finding.severity(), 1, Integer::sum);
            byRule.computeIfAbsent(finding.ruleId(), r -> new int[3])[finding.severity().ordinal()]++;
        }
        html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
        card(html, "files analysed", result.filesRead() - result.filesSkipped(), "");
        card(html, "errors", bySeverity.getOrDefault(Severity.ERROR, 0), "error");
        card(html, "warnings", bySeverity.getOrDefault(Severity.WARNING, 0), "warning");
        card(html, "suppressed", result.suppressed(), "");
        card(html, "in the baseline", result.baselined(), "");
        card(html, "files not analysed", result.filesSkipped(), "");
        html.append("</div>\n");
        if (!byRule.isEmpty()) {
            html.append("<div class=\"scroll\"><table>\n<tr><th>rule</th><th>errors</th><th>warnings</th></tr>\n");
            byRule.forEach((rule, counts) -> html.append("<tr><td><a href=\"#rule-").append(esc(rule)).append("\">")
                    .append(esc(rule)).append("</a></td><td>").append(counts[0]).append("</td><td>")
                    .append(counts[1]).append("</td></tr>\n"));
            html.append("</table></div>\n");
        }
        var topology = result.topology();
        html.append("<h3 style=\"margin-top:1em\">Topology: ").append(esc(topology.kind().name().toLowerCase()))
                .append("</h3>\n<p>").append(esc(topology.reason())).append("</p>\n");
        if (topology.conflict() != null) {
            html.append("<p class=\"warning\">").append(esc(topology.conflict())).append("</p>\n");
        }
        if (!topology.evidence().isEmpty()) {
            html.append("<ul>\n");
            for (Evidence evidence : topology.evidence()) {
                html.append("<li>").append(evidence.cluster() ? "cluster" : "standalone").append(": <code>")
                        .append(esc(evidence.what())).append("</code>");
                if (!evidence.nodes().isEmpty()) {
                    html.append(" &rarr; ").append(esc(evidence.nodes().toString()));
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!result.libraryVersions().isEmpty()) {
            html.append("<p>Client versions: ");
            new TreeMap<>(result.libraryVersions()).forEach((library, version) -> html.append("<code>")
                    .append(esc(library.displayName() + " " + version)).append("</code> "));
            html.append("</p>\n");
        }
        html.append("</section>\n");
    }

    private static void card(StringBuilder html, String label, int count, String css) {
        html.append("<div class=\"card\"><b class=\"").append(css).append("\">").append(count).append("</b> ")
                .append(esc(label)).append("</div>\n");
    }

    private void findings(StringBuilder html, AnalysisResult result, Path base, List<Rule> rules) {
        html.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (result.findings().isEmpty()) {
            html.append("<p>No findings.</p>\n");
        }
        int number = 0;
        for (Finding finding : result.findings()) {
            number++;
            Location at = finding.location();
            html.append("<article class=\"").append(finding.severity()).append("\" id=\"finding-").append(number)
                    .append("\">\n<h3><span class=\"badge ").append(finding.severity()).append("\">")
                    .append(finding.severity()).append("</span> ").append(esc(finding.ruleId())).append(" &middot; ")
                    .append(esc(relative(base, at.file()))).append(':').append(at.line()).append(':')
                    .append(at.column()).append("</h3>\n<p>").append(esc(finding.message())).append("</p>\n");
            source(html, at);
            if (!finding.keys().isEmpty()) {
                html.append("<p class=\"muted\">Keys as evaluated:</p>\n<ul>\n");
                finding.keys().stream().limit(SHOWN_KEYS)
                        .forEach(key -> html.append("<li><code>").append(esc(key)).append("</code></li>\n"));
                more(html, finding.keys().size() - SHOWN_KEYS, "key");
                html.append("</ul>\n");
            }
            RuleInfo info = info(rules, finding.ruleId());
            if (info != null) {
                html.append("<details><summary>Why it fails and how to fix it</summary>\n<p>")
                        .append(esc(info.explanation())).append("</p>\n<p><b>Fix:</b> ").append(esc(info.fix()))
                        .append("</p>\n</details>\n");
            }
            html.append("</article>\n");
        }
        html.append("</section>\n");
    }

    private void source(StringBuilder html, Location at) {
        List<String> lines = sources.apply(at.file());
        if (lines.isEmpty() || at.line() > lines.size()) {
            return;
        }
        int from = Math.max(1, at.line() - CONTEXT_LINES);
        int to = Math.min(lines.size(), at.line() + CONTEXT_LINES);
        html.append("<pre class=\"source\">");
        for (int line = from; line <= to; line++) {
            html.append("<span").append(line == at.line() ? " class=\"hit\"" : "").append("><i>").append(line)
                    .append("</i>").append(esc(shownLine(lines.get(line - 1), line == at.line() ? at.column() : 1)))
                    .append("</span>");
        }
        html.append("</pre>\n");
    }

    /** {@code <li>and 99,950 more keys</li>}, when there are more. */
    private static void more(StringBuilder html, int more, String noun) {
        if (more > 0) {
            html.append("<li class=\"muted\">").append(String.format(java.util.Locale.ROOT, "and %,d more %s%s", more,
                    noun, more == 1 ? "" : "s")).append("</li>\n");
        }
    }

    /**
     * A line of code as the report shows it: whole when it is of a readable length, else the part around the
     * column that matters (generated code can put megabytes on one line).
     */
    static String shownLine(String line, int column) {
        if (line.length() <= SHOWN_LINE) {
            return line;
        }
        int from = Math.max(0, Math.min(column - 1 - SHOWN_LINE / 4, line.length() - SHOWN_LINE));
        int to = from + SHOWN_LINE;
        if (from > 0 && Character.isLowSurrogate(line.charAt(from))) {
            from++;
        }
        if (to < line.length() && Character.isLowSurrogate(line.charAt(to))) {
            to--;
        }
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "")
                + String.format(java.util.Locale.ROOT, " (line of %,d characters)", line.length());
    }

    private void inventory(StringBuilder html, AnalysisResult result, Path base) {
        KeyInventory inventory = KeyInventory.of(result.keyUses(), unknownParts);
        html.append("<section id=\"keys\">\n<h2>Key inventory</h2>\n");
        if (inventory.families().isEmpty()) {
            html.append("<p>No keys of multi-key commands were found.</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"muted\">Every key family of the multi-key calls, unknown values shown as")
                .append(" &lsaquo;name&rsaquo;.</p>\n<div class=\"scroll\"><table>\n<tr><th>key family</th>")
                .append("<th>hash tag</th><th>slot</th><th>commands</th><th>call sites</th></tr>\n");
        for (KeyInventory.Family family : inventory.families().subList(0, Math.min(SHOWN_FAMILIES,
                inventory.families().size()))) {
            html.append("<tr><td><code>").append(esc(family.pattern())).append("</code></td><td>")
                    .append(esc(family.tag())).append("</td><td>")
                    .append(family.slot() == null ? "&ndash;" : family.slot().toString()).append("</td><td>")
                    .append(esc(String.join(", ", family.commands()))).append("</td><td>");
            for (Location site : family.sites()) {
                html.append(esc(relative(base, site.file()))).append(':').append(site.line()).append("<br>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</table></div>\n");
        if (inventory.families().size() > SHOWN_FAMILIES) {
            html.append("<p class=\"muted\">").append(String.format(java.util.Locale.ROOT, "and %,d more key families",
                    inventory.families().size() - SHOWN_FAMILIES)).append("</p>\n");
        }
        if (!inventory.shared().isEmpty()) {
            html.append("<h3 style=\"margin-top:1em\">Families that share a slot</h3>\n<ul>\n");
            for (KeyInventory.SharedSlot shared : inventory.shared().subList(0, Math.min(SHOWN_FAMILIES,
                    inventory.shared().size()))) {
                html.append("<li>").append(esc(shared.what())).append(": ");
                shared.families().stream().limit(SHOWN_KEYS)
                        .forEach(f -> html.append("<code>").append(esc(f)).append("</code> "));
                if (shared.families().size() > SHOWN_KEYS) {
                    html.append(String.format(java.util.Locale.ROOT, "and %,d more",
                            shared.families().size() - SHOWN_KEYS));
                }
                html.append("</li>\n");
            }
            more(html, inventory.shared().size() - SHOWN_FAMILIES, "slot");
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static void problems(StringBuilder html, AnalysisResult result, Path base) {
        if (result.problems().isEmpty()) {
            return;
        }
        html.append("<section id=\"problems\">\n<h2>Warnings</h2>\n<ul>\n");
        for (Problem problem : result.problems()) {
            html.append("<li>");
            if (problem.location() != null) {
                html.append("<code>").append(esc(relative(base, problem.location().file()))).append(':')
                        .append(problem.location().line()).append("</code> ");
            }
            html.append(esc(problem.message())).append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private static void ruleReference(StringBuilder html, List<Rule> rules) {
        html.append("<section id=\"rules\">\n<h2>Rules</h2>\n<div class=\"scroll\"><table>\n")
                .append("<tr><th>rule</th><th>severity</th><th>finds</th><th>fix</th></tr>\n");
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            html.append("<tr id=\"rule-").append(esc(info.id())).append("\"><td><b>").append(esc(info.id()))
                    .append("</b></td><td>").append(info.severity()).append("</td><td>").append(esc(info.summary()))
                    .append("</td><td>").append(esc(info.fix())).append("</td></tr>\n");
        }
        html.append("</table></div>\n</section>\n");
    }

    private static RuleInfo info(List<Rule> rules, String id) {
        return rules.stream().map(Rule::info).filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    static String relative(Path base, Path file) {
        if (base != null && file.isAbsolute() && file.startsWith(base)) {
            return base.relativize(file).toString().replace('\\', '/');
        }
        return file.toString().replace('\\', '/');
    }

    /**
     * Escapes text for HTML element content and double-quoted attributes. Characters HTML cannot hold (control
     * characters, unpaired surrogates, non-characters) are shown as Java writes them, {@code \u001b}.
     */
    public static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || c >= 0x7f && c <= 0x9f || Character.isSurrogate(c) || c == 0xfffe
                            || c == 0xffff) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

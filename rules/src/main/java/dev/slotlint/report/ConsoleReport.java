package dev.slotlint.report;

import dev.slotlint.AnalysisResult;
import dev.slotlint.key.KeyValue;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Severity;
import dev.slotlint.source.Problem;

import java.util.EnumMap;
import java.util.Map;

/**
 * Lines in the shape of maven-compiler-plugin's ({@code /abs/File.java:[12,9] message}), which IntelliJ, Eclipse
 * and most CI log viewers turn into links to the source line.
 */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /**
     * {@code /abs/path/Shop.java:[12,9] [CrossSlot] message}, without the level, which the logger adds. What comes
     * from the project (a file name holding a line break, a key with an escape sequence) is escaped, so that one
     * finding is always one line and no text can pass for another line of the log.
     */
    public static String line(Finding finding) {
        return printable(finding.location() + " [" + finding.ruleId() + "] " + finding.message());
    }

    /**
     * A problem that kept a file or expression from being analysed ({@code /abs/File.java:[7,49] [slotlint] ...}), or
     * one of the whole project ({@code slotlint: Jedis 1.5.0 is not in the catalog; ...}).
     */
    public static String line(Problem problem) {
        return printable(problem.location() == null ? "slotlint: " + problem.message()
                : problem.location() + " [slotlint] " + problem.message());
    }

    /**
     * The text with Java's escapes for characters that would not print as themselves on a console: line breaks and
     * other control characters, the marks that reorder text on screen, unpaired surrogates.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (!paired && KeyValue.unprintable(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
                continue;
            }
            if (out != null) {
                out.append(c);
                if (paired) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (paired) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code slotlint: 42 files, 3 findings (2 errors, 1 warning)}. */
    public static String summary(AnalysisResult result) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding finding : result.findings()) {
            counts.merge(finding.severity(), 1, Integer::sum);
        }
        StringBuilder line = new StringBuilder("slotlint: ")
                .append(plural(result.filesRead(), "file"))
                .append(", ")
                .append(plural(result.findings().size(), "finding"));
        if (!counts.isEmpty()) {
            line.append(" (");
            String separator = "";
            for (var entry : counts.entrySet()) {
                line.append(separator).append(plural(entry.getValue(), entry.getKey().name().toLowerCase()));
                separator = ", ";
            }
            line.append(")");
        }
        if (result.suppressed() > 0) {
            line.append(", ").append(result.suppressed()).append(" suppressed");
        }
        if (result.baselined() > 0) {
            line.append(", ").append(result.baselined()).append(" in the baseline");
        }
        if (result.filesSkipped() > 0) {
            line.append(", ").append(plural(result.filesSkipped(), "file")).append(" not analysed");
        }
        if (result.unreadDirectories() > 0) {
            line.append(", ").append(result.unreadDirectories())
                    .append(result.unreadDirectories() == 1 ? " directory" : " directories").append(" not read");
        }
        if (!result.libraryVersions().isEmpty()) {
            line.append("; client versions: ").append(new java.util.TreeMap<>(result.libraryVersions()).entrySet()
                    .stream().map(e -> e.getKey().displayName() + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        return line.toString();
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

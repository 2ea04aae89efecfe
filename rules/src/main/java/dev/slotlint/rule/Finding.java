package dev.slotlint.rule;

import dev.slotlint.source.Location;

import java.util.Comparator;
import java.util.List;

/**
 * One problem slotlint reports.
 *
 * @param keys      the keys involved as the analysis evaluated them (for reports and baselines); empty when none
 * @param enclosing where the finding is, by name rather than line: the type and member of Java code
 *                  ({@code com.example.Shop#checkout}), or the key of a configuration setting; empty when unknown
 * @param command   what the code calls or makes there: the Redis command ({@code MSET}), the client method
 *                  ({@code multi}) or the client type made ({@code JedisPool}); empty for configuration findings
 */
public record Finding(String ruleId, Severity severity, Location location, String message, List<String> keys,
                      String enclosing, String command) {

    /** Findings in report order: by file, line, column, then rule, so output is the same on every run. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        keys = List.copyOf(keys);
        enclosing = enclosing == null ? "" : enclosing;
        command = command == null ? "" : command;
    }

    /** A finding not yet placed in its type and member. */
    public Finding(String ruleId, Severity severity, Location location, String message, List<String> keys) {
        this(ruleId, severity, location, message, keys, "", "");
    }

    /** The same finding placed in its type and member, or configuration key. */
    public Finding in(String enclosing) {
        return new Finding(ruleId, severity, location, message, keys, enclosing, command);
    }
}

package dev.slotlint.rule;

/** How bad a finding is; ordered from worst to mildest so that {@code compareTo} reads "at least as bad". */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** True when this severity is as bad as, or worse than, {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }
}

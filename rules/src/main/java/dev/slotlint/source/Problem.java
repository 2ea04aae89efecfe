package dev.slotlint.source;

/**
 * Something the user should know about the analysis, reported as a warning, never fatal: a file or expression that
 * could not be analysed (with its location), or a fact about the whole project such as a client version the catalog
 * does not describe (location null).
 */
public record Problem(Location location, String message) implements Comparable<Problem> {

    /** A problem of the whole project rather than of one place in it. */
    public static Problem ofProject(String message) {
        return new Problem(null, message);
    }

    @Override
    public int compareTo(Problem other) {
        if (location == null || other.location == null) {
            int byKind = Boolean.compare(location != null, other.location != null);
            return byKind != 0 ? byKind : message.compareTo(other.message);
        }
        int byLocation = location.compareTo(other.location);
        return byLocation != 0 ? byLocation : message.compareTo(other.message);
    }
}

package dev.slotlint.source;

/** Something that kept slotlint from analysing part of the project; reported as a warning, never fatal. */
public record Problem(Location location, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem other) {
        int byLocation = location.compareTo(other.location);
        return byLocation != 0 ? byLocation : message.compareTo(other.message);
    }
}

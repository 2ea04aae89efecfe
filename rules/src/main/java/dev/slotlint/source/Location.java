package dev.slotlint.source;

import java.nio.file.Path;

/** A place in a project file: 1-based line and column, like compilers and IDEs count them. */
public record Location(Path file, int line, int column) implements Comparable<Location> {

    @Override
    public int compareTo(Location other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return file + ":[" + line + "," + column + "]";
    }
}

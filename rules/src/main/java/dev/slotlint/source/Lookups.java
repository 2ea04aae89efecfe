package dev.slotlint.source;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.ArrayList;
import java.util.function.Supplier;

/**
 * What the analysis of one file read of the project, recorded as it happens on the thread that analyses the file:
 * the files whose trees or declarations it consulted, the names it looked up (found or not, since a new file could
 * declare them), and the problems reported meanwhile. An analysis cache may reuse the file's result only while all
 * of that stays the same.
 */
public final class Lookups {

    /** A type name looked up, by its simple names: a file declaring a type of one of them could answer. */
    public static final String TYPE = "type ";
    /** A type whose creations ({@code new Name(}) were looked for. */
    public static final String CREATION = "new ";
    /** A type whose subtypes ({@code extends Name}, {@code implements Name}) were looked for. */
    public static final String SUBTYPE = "extends ";

    /**
     * What one recording gathered.
     *
     * @param files       every file consulted
     * @param parsedFiles the files among them whose trees were asked for (parsing them, if no one had yet)
     */
    public record Recorded(Set<Path> files, Set<Path> parsedFiles, Set<String> names, List<Problem> problems) {
    }

    private static final ThreadLocal<Recorded> CURRENT = new ThreadLocal<>();

    private Lookups() {
    }

    /** Runs the work, recording what it reads; recordings do not nest. */
    public static <T> T record(Recorded into, Supplier<T> work) {
        Recorded outer = CURRENT.get();
        CURRENT.set(into);
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    public static Recorded empty() {
        return new Recorded(new HashSet<>(), new HashSet<>(), new HashSet<>(), new ArrayList<>());
    }

    /** A file whose tree was asked for. */
    static void parsed(Path file) {
        Recorded recorded = CURRENT.get();
        if (recorded != null) {
            recorded.files().add(file);
            recorded.parsedFiles().add(file);
        }
    }

    /** A file whose declarations were consulted. */
    static void file(Path file) {
        Recorded recorded = CURRENT.get();
        if (recorded != null) {
            recorded.files().add(file);
        }
    }

    /** A qualified or simple type name looked up: each of its dotted parts is recorded. */
    static void typeName(String name) {
        Recorded recorded = CURRENT.get();
        if (recorded != null) {
            for (String part : name.split("\\.")) {
                recorded.names().add(TYPE + part);
            }
        }
    }

    static void name(String kind, String name) {
        Recorded recorded = CURRENT.get();
        if (recorded != null) {
            recorded.names().add(kind + name);
        }
    }

    /** A problem reported while recording. */
    public static void problem(Problem problem) {
        Recorded recorded = CURRENT.get();
        if (recorded != null) {
            recorded.problems().add(problem);
        }
    }
}

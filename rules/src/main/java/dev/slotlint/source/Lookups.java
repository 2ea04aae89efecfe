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
    public record Recorded(Set<Path> files, Set<Path> parsedFiles, Set<String> names, List<Problem> problems,
                           boolean[] incomplete) {

        /** Whether something was read that was not recorded, so that what was recorded does not tell it all. */
        public boolean complete() {
            return !incomplete[0];
        }

        private void addAll(Recorded other) {
            files.addAll(other.files);
            parsedFiles.addAll(other.parsedFiles);
            names.addAll(other.names);
            problems.addAll(other.problems);
            incomplete[0] |= other.incomplete[0];
        }
    }

    private static final ThreadLocal<Recorded> CURRENT = new ThreadLocal<>();
    /** The memo computations under way on this thread, innermost last, each recording what it reads. */
    private static final ThreadLocal<java.util.ArrayDeque<Computation>> COMPUTING =
            ThreadLocal.withInitial(java.util.ArrayDeque::new);

    private record Computation(Object key, Recorded read) {
    }

    private Lookups() {
    }

    /** Runs the work, recording what it reads; recordings do not nest. */
    public static <T> T record(Recorded into, Supplier<T> work) {
        Recorded outer = CURRENT.get();
        CURRENT.set(into);
        COMPUTING.get().clear();
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
            COMPUTING.get().clear();
        }
    }

    public static Recorded empty() {
        return new Recorded(new HashSet<>(), new HashSet<>(), new HashSet<>(), new ArrayList<>(), new boolean[1]);
    }

    /** Everything recorded on this thread goes to the current recording and to every computation under way. */
    private static void each(java.util.function.Consumer<Recorded> action) {
        Recorded recorded = CURRENT.get();
        if (recorded != null) {
            action.accept(recorded);
            COMPUTING.get().forEach(computation -> action.accept(computation.read()));
        }
    }

    /**
     * A memo shared by the analyses of all files (the values of constants) that keeps, with each value, what
     * computing it read: a file whose analysis takes a value from it is recorded as having read that too, so that
     * sharing the memo hides nothing from a recording. A value is known to be computed when it is looked up and
     * missing, and put afterwards on the same thread.
     */
    public static <K, V> java.util.Map<K, V> memo() {
        return new Memo<>();
    }

    private static final class Memo<K, V> extends java.util.AbstractMap<K, V> {

        private record Kept<V>(V value, Recorded read) {
        }

        private final java.util.concurrent.ConcurrentHashMap<Object, Kept<V>> values =
                new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public V get(Object key) {
            Kept<V> kept = values.get(key);
            if (kept == null) {
                if (CURRENT.get() != null) {
                    COMPUTING.get().addLast(new Computation(key, empty()));
                }
                return null;
            }
            each(recorded -> {
                if (kept.read() == null) {
                    recorded.incomplete()[0] = true;
                } else {
                    recorded.addAll(kept.read());
                }
            });
            return kept.value();
        }

        @Override
        public V put(K key, V value) {
            Recorded read = null;
            if (CURRENT.get() != null) {
                java.util.ArrayDeque<Computation> computing = COMPUTING.get();
                java.util.Iterator<Computation> innermost = computing.descendingIterator();
                while (innermost.hasNext()) {
                    Computation computation = innermost.next();
                    if (computation.key().equals(key)) {
                        read = computation.read();
                        break;
                    }
                }
                if (read != null) {
                    while (!computing.peekLast().key().equals(key)) {
                        computing.removeLast();
                    }
                    computing.removeLast();
                } else {
                    read = empty();
                    read.incomplete()[0] = true;
                }
            }
            Kept<V> earlier = values.put(key, new Kept<>(value, read));
            return earlier == null ? null : earlier.value();
        }

        @Override
        public java.util.Set<Entry<K, V>> entrySet() {
            throw new UnsupportedOperationException("a memo is read by key only");
        }
    }

    /** A file whose tree was asked for. */
    static void parsed(Path file) {
        each(recorded -> {
            recorded.files().add(file);
            recorded.parsedFiles().add(file);
        });
    }

    /** A file whose declarations were consulted. */
    static void file(Path file) {
        each(recorded -> recorded.files().add(file));
    }

    /** A qualified or simple type name looked up: each of its dotted parts is recorded. */
    static void typeName(String name) {
        if (CURRENT.get() != null) {
            for (String part : name.split("\\.")) {
                each(recorded -> recorded.names().add(TYPE + part));
            }
        }
    }

    static void name(String kind, String name) {
        each(recorded -> recorded.names().add(kind + name));
    }

    /** A problem reported while recording. */
    public static void problem(Problem problem) {
        each(recorded -> recorded.problems().add(problem));
    }
}

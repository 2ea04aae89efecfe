package dev.slotlint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every Java file of the project, known first by a cheap text scan (package, declared type names, whether it talks
 * to Redis) and parsed only when the analysis needs it: to check its calls, or to read a constant or helper it
 * declares. Parsed trees are kept in a small cache of recent files only, so memory stays bounded however large the
 * project; summaries (type names, the names of the methods each file calls) are kept for good.
 */
public final class ProjectIndex {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final int RECENT_UNITS = 64;
    /** At most this much source has its tree cached: twice the largest file the heap parses by default. */
    private static final long RECENT_CHARACTERS = 2 * SourceFile.defaultMaxBytes();
    /**
     * For each method name, the files not checked (by position) whose text calls a method of that name; read on
     * first need, since only projects with wrapper methods ask.
     */
    private Map<String, int[]> callers;
    private final int threads;
    /** The names each parsed relevant file calls methods by, from its tree, by entry position. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<java.util.Set<String>> parsedCallers;
    private final Map<Path, Integer> positions = new HashMap<>();

    /**
     * A file as the cheap scan saw it.
     *
     * @param relevant whether its text shows it may call Redis, so that it must be parsed and checked
     */
    public record Entry(SourceFile file, String packageName, List<String> typeNames, boolean relevant) {
    }

    /** The text of relevant files, kept from the scan until they are parsed, so that each is read once. */
    private final Map<Path, String> unparsedText = new ConcurrentHashMap<>();

    private final List<Entry> entries;
    private final Map<String, List<Entry>> entriesByType = new HashMap<>();
    /** {@link #isType} of names that are no top-level type: resolving names asks the same ones often. */
    private final Map<String, Boolean> nestedTypes = new ConcurrentHashMap<>();
    private final Map<Path, Entry> entriesByPath = new HashMap<>();
    private final Map<Path, Object> parseLocks = new ConcurrentHashMap<>();
    private final Map<Path, Parsed> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true));
    /** Characters of source whose trees {@link #recent} holds, kept below {@link #RECENT_CHARACTERS}. */
    private long recentCharacters;
    private final Map<Path, Boolean> unparsable = new ConcurrentHashMap<>();
    private final Map<Path, List<Problem>> parseProblems = new ConcurrentHashMap<>();
    /** Files the scan could not read. */
    private Set<Path> unreadable = Set.of();
    private final Map<String, Optional<TypeRef>> types = new ConcurrentHashMap<>();
    private final Consumer<Problem> problems;

    /**
     * A parsed file and its type declarations by qualified name.
     *
     * @param size how many characters of source the tree stands for
     */
    private record Parsed(CompilationUnit unit, ImportContext imports, Map<String, TypeDeclaration<?>> types,
                          long size) {
    }

    /** A type declared in the project: where it lives, not its tree. */
    public record TypeRef(String qualifiedName, Path file) {
    }

    private ProjectIndex(List<Entry> entries, Map<Path, String> texts, Consumer<Problem> problems, int threads) {
        this.entries = entries;
        this.threads = threads;
        this.unparsedText.putAll(texts);
        this.parsedCallers = new java.util.concurrent.atomic.AtomicReferenceArray<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            positions.put(entries.get(i).file().path(), i);
        }
        this.problems = problems;
        for (Entry entry : entries) {
            entriesByPath.put(entry.file().path(), entry);
            for (String name : entry.typeNames()) {
                String qualified = entry.packageName().isEmpty() ? name : entry.packageName() + "." + name;
                entriesByType.computeIfAbsent(qualified, k -> new ArrayList<>(1)).add(entry);
            }
        }
    }

    /**
     * Reads every file once; unreadable files become problems and are left out.
     *
     * @param relevant whether a file's text shows that it must be parsed and checked
     */
    public static ProjectIndex scan(List<SourceFile> files, java.util.function.Predicate<String> relevant,
                                    Consumer<Problem> problems, int threads) {
        return scan(files, relevant, text -> List.of(), problems, threads);
    }

    /**
     * Reads every file once; unreadable files become problems and are left out.
     *
     * @param relevant      whether a file's text shows that it must be parsed and checked
     * @param clientMembers the names of the fields and methods a relevant file's text declares with a client type: a
     *                      file that reaches one of them ({@code Redis.CLUSTER.mget(..)}, {@code holder.cluster()})
     *                      talks to Redis too, though it names no client
     */
    public static ProjectIndex scan(List<SourceFile> files, java.util.function.Predicate<String> relevant,
                                    java.util.function.Function<String, java.util.Collection<String>> clientMembers,
                                    Consumer<Problem> problems, int threads) {
        Map<Path, String> texts = new ConcurrentHashMap<>();
        Map<Path, String> others = new ConcurrentHashMap<>();
        Map<String, Set<String>> members = new ConcurrentHashMap<>();
        List<Entry> scanned = Parallel.map(files, threads, file -> {
            String text;
            try {
                text = file.read(problems);
            } catch (IOException e) {
                problems.accept(new Problem(new Location(file.path(), 1, 1), SourceFile.problemMessage(e)));
                return null;
            }
            // what javac reads: a name or an import may be spelled with unicode escapes
            String read = JavaSources.unicodeEscapes(text);
            Matcher pkg = PACKAGE.matcher(read);
            String packageName = pkg.find() ? pkg.group(1) : "";
            List<String> names = DeclaredNames.in(read);
            boolean isRelevant = relevant.test(read);
            if (isRelevant) {
                texts.put(file.path(), text);
                for (String member : clientMembers.apply(text)) {
                    members.computeIfAbsent(member, m -> ConcurrentHashMap.newKeySet()).addAll(names);
                }
            } else {
                others.put(file.path(), text);
            }
            return new Entry(file, packageName, List.copyOf(names), isRelevant);
        });
        List<Entry> entries = new ArrayList<>(files.size());
        for (Entry one : scanned) {
            if (one == null) {
                continue;
            }
            String text = others.get(one.file().path());
            if (!members.isEmpty() && text != null && reaches(text, members)) {
                texts.put(one.file().path(), text);
                one = new Entry(one.file(), one.packageName(), one.typeNames(), true);
            }
            entries.add(one);
        }
        ProjectIndex index = new ProjectIndex(entries, texts, problems, threads);
        Set<Path> unreadable = new java.util.HashSet<>();
        files.forEach(file -> unreadable.add(file.path()));
        entries.forEach(entry -> unreadable.remove(entry.file().path()));
        index.unreadable = unreadable;
        return index;
    }

    /**
     * Whether a text reaches a client-typed member of another file: it names the member after a dot and names a type
     * of the file that declares it ({@code Redis.CLUSTER}, a {@code Holder holder} field), so that a member name
     * common in other code ({@code getConnection}) does not have every file parsed.
     */
    private static boolean reaches(String text, Map<String, Set<String>> owners) {
        Set<String> named = new java.util.HashSet<>();
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            String member = nameAfter(text, dot + 1);
            if (member != null && owners.containsKey(member)) {
                named.add(member);
            }
        }
        Set<String> checked = new java.util.HashSet<>();
        for (String name : named) {
            for (String owner : owners.getOrDefault(name, Set.of())) {
                if (checked.add(owner) && CalledNames.containsWord(text, owner)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The name after a dot and any white space, or null. Read by hand: a pattern of every member name, tried at each
     * character, cost more than all the rest of a re-run through the analysis cache.
     */
    private static String nameAfter(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return end == start ? null : text.substring(start, end);
    }

    /** {@link #scan(List, java.util.function.Predicate, Consumer, int)} on one thread. */
    public static ProjectIndex scan(List<SourceFile> files, java.util.function.Predicate<String> relevant,
                                    Consumer<Problem> problems) {
        return scan(files, relevant, problems, 1);
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The entries whose text calls a method of one of these names, in project order: where calls of a project
     * method can be, found without reading or parsing anything. Declarations of such methods do not count.
     */
    public List<Entry> entriesCalling(java.util.Collection<String> names) {
        java.util.BitSet found = new java.util.BitSet(entries.size());
        for (String name : names) {
            for (int i : callers().getOrDefault(name, new int[0])) {
                found.set(i);
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            java.util.Set<String> called = parsedCallers.get(i);
            if (called != null && names.stream().anyMatch(called::contains)) {
                found.set(i);
            }
        }
        return found.stream().mapToObj(entries::get).toList();
    }

    /** Entries whose text makes objects of a type by its simple name, by that name. */
    private final Map<String, List<Entry>> creators = new ConcurrentHashMap<>();

    /**
     * The entries whose text makes an object of a type of this simple name ({@code new Config(}): where the values a
     * constructor is given can be found. Read from the text, so the answer does not depend on what was parsed.
     */
    public List<Entry> entriesCreating(String simpleName) {
        Lookups.name(Lookups.CREATION, simpleName);
        List<Entry> creating = creating(simpleName);
        creating.forEach(entry -> Lookups.file(entry.file().path()));
        return creating;
    }

    private List<Entry> creating(String simpleName) {
        return creators.computeIfAbsent(simpleName, name -> {
            Pattern creation = Pattern.compile("\\bnew\\s+" + Pattern.quote(name) + "\\s*[(<]");
            List<Entry> found = new ArrayList<>();
            for (Entry entry : entries) {
                String text = text(entry);
                if (text.contains(name) && creation.matcher(text).find()) {
                    found.add(entry);
                }
            }
            return List.copyOf(found);
        });
    }

    /** The call names of the files that are not checked, read from their text. */
    private synchronized Map<String, int[]> callers() {
        if (callers == null) {
            List<Integer> unchecked = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (!entries.get(i).relevant()) {
                    unchecked.add(i);
                }
            }
            List<String[]> names = Parallel.map(unchecked, threads,
                    i -> CalledNames.in(JavaSources.unicodeEscapes(text(entries.get(i)))));
            Map<String, List<Integer>> callersOf = new HashMap<>();
            for (int k = 0; k < unchecked.size(); k++) {
                for (String name : names.get(k)) {
                    callersOf.computeIfAbsent(name, n -> new ArrayList<>()).add(unchecked.get(k));
                }
            }
            Map<String, int[]> built = new HashMap<>();
            callersOf.forEach((name, list) -> built.put(name, list.stream().mapToInt(Integer::intValue).toArray()));
            callers = built;
        }
        return callers;
    }

    /** Records the names a relevant file calls methods by, read from its tree while it was checked. */
    public void calls(Path file, java.util.Set<String> names) {
        Integer position = positions.get(file);
        if (position != null) {
            parsedCallers.set(position, Set.copyOf(names));
        }
    }

    /** Whether a dotted qualified name (nested types joined by dots) may denote a type of the project. */
    public boolean isType(String qualifiedName) {
        Lookups.typeName(qualifiedName);
        return entriesByType.containsKey(qualifiedName)
                || nestedTypes.computeIfAbsent(qualifiedName, this::isNestedType);
    }

    /**
     * Whether some split of the name into a package, an outer type of it and nested names ends in a type that one
     * file declares with that outer type: the index keeps nested types by package and simple name.
     */
    private boolean isNestedType(String qualifiedName) {
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        for (NestedSplit split : nestedSplits(qualifiedName)) {
            List<Entry> outer = entriesByType.get(split.outerType());
            List<Entry> inner = outer == null ? null : entriesByType.get(split.packagePrefix() + simple);
            if (inner != null && outer.stream().anyMatch(inner::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A dotted name read as a package ({@code a.b.}, dot included), an outer type ({@code a.b.C}) and nested names. */
    private record NestedSplit(String packagePrefix, String outerType) {
    }

    /** Every way to read a dotted name as a type nested in an outer type of a package, shortest package first. */
    private static List<NestedSplit> nestedSplits(String qualifiedName) {
        List<NestedSplit> splits = new ArrayList<>();
        int last = qualifiedName.lastIndexOf('.');
        for (int packageEnd = qualifiedName.indexOf('.'); packageEnd >= 0 && packageEnd < last; ) {
            int outerEnd = qualifiedName.indexOf('.', packageEnd + 1);
            splits.add(new NestedSplit(qualifiedName.substring(0, packageEnd + 1),
                    qualifiedName.substring(0, outerEnd)));
            packageEnd = outerEnd;
        }
        return splits;
    }

    /**
     * Records, for an analysis cache, that the analysis of the current file depends on what the project declares
     * by this name: the name, and the files that may declare it. Parses nothing.
     *
     * @return whether the name may denote a type of the project
     */
    public boolean consulted(String qualifiedName) {
        boolean declared = isType(qualifiedName);
        if (declared) {
            candidates(qualifiedName).forEach(entry -> Lookups.file(entry.file().path()));
        }
        return declared;
    }

    /** The project type of that qualified name, parsing the file that declares it if needed. */
    public Optional<TypeRef> type(String qualifiedName) {
        boolean declared = consulted(qualifiedName);
        Optional<TypeRef> known = types.get(qualifiedName);
        if (known != null) {
            return known;
        }
        Optional<TypeRef> found = Optional.empty();
        if (declared) {
            for (Entry entry : candidates(qualifiedName)) {
                Optional<Parsed> unit = parsed(entry);
                if (unit.isPresent() && unit.get().types().containsKey(qualifiedName)) {
                    found = Optional.of(new TypeRef(qualifiedName, entry.file().path()));
                    break;
                }
            }
        }
        types.put(qualifiedName, found);
        return found;
    }

    /** The declaration of a project type; its tree stays reachable only while the caller holds it. */
    public Optional<TypeDeclaration<?>> declaration(TypeRef type) {
        return parsed(entriesByPath.get(type.file())).map(p -> p.types().get(type.qualifiedName()));
    }

    /** The imports of the file that declares a project type. */
    public Optional<ImportContext> imports(TypeRef type) {
        return parsed(entriesByPath.get(type.file())).map(Parsed::imports);
    }

    /** The parsed tree of a file of the project, or empty when it cannot be parsed (a problem says why). */
    public Optional<CompilationUnit> unit(SourceFile file) {
        return unit(file.path());
    }

    /** {@link #unit(SourceFile)} by the file's path. */
    public Optional<CompilationUnit> unit(Path file) {
        Entry entry = entriesByPath.get(file);
        return entry == null ? Optional.empty() : parsed(entry).map(Parsed::unit);
    }

    /** {@link #text(Entry)} of a file of the project by its path; empty for a file the project does not hold. */
    public Optional<String> text(Path file) {
        return Optional.ofNullable(entriesByPath.get(file)).map(this::text);
    }

    /** A file's text: kept from the scan if not parsed yet, read again otherwise ("" when it cannot be). */
    public String text(Entry entry) {
        String kept = unparsedText.get(entry.file().path());
        if (kept != null) {
            return kept;
        }
        try {
            return entry.file().read(problem -> { });
        } catch (IOException e) {
            return "";
        }
    }

    /** The problems parsing a file reported (a file may parse with some), once it was parsed in this analysis. */
    public List<Problem> parseProblems(Path file) {
        return List.copyOf(parseProblems.getOrDefault(file, List.of()));
    }

    /** Files that could not be parsed, so far. */
    public int unparsableCount() {
        return unparsable.size();
    }

    /** Whether a file was found unparsable, or could not be analysed, so far. */
    public boolean unparsable(Path file) {
        return unparsable.containsKey(file);
    }

    /** Records that a parsed file could not be analysed after all. */
    public void notAnalysed(Path file) {
        unparsable.put(file, Boolean.TRUE);
    }

    /** Files not analysed so far: those that could not be read, and those that could not be parsed. */
    public int skippedCount() {
        return unreadable.size() + unparsable.size();
    }

    /** {@link #skippedCount()} among the files {@code counted} accepts, such as one module's of several indexed. */
    public int skippedCount(java.util.function.Predicate<Path> counted) {
        return (int) (unreadable.stream().filter(counted).count()
                + unparsable.keySet().stream().filter(counted).count());
    }

    private List<Entry> candidates(String qualifiedName) {
        List<Entry> direct = entriesByType.get(qualifiedName);
        if (direct != null) {
            return direct;
        }
        List<Entry> all = new ArrayList<>();
        for (NestedSplit split : nestedSplits(qualifiedName)) {
            all.addAll(entriesByType.getOrDefault(split.outerType(), List.of()));
        }
        return all;
    }

    private Optional<Parsed> parsed(Entry entry) {
        return parsed(entry, true);
    }

    /** The tree of a file of the project, parsed if no recent one is kept; {@code keep} keeps a new one. */
    private Optional<Parsed> parsed(Entry entry, boolean keep) {
        if (entry != null) {
            Lookups.parsed(entry.file().path());
        }
        if (entry == null || unparsable.containsKey(entry.file().path())) {
            return Optional.empty();
        }
        Path path = entry.file().path();
        Parsed cached = cachedUnit(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        synchronized (parseLocks.computeIfAbsent(path, p -> new Object())) {
            cached = cachedUnit(path);
            if (cached != null) {
                return Optional.of(cached);
            }
            String text = unparsedText.remove(path);
            if (text == null) {
                try {
                    text = entry.file().read(problems);
                } catch (IOException e) {
                    Problem unread = new Problem(new Location(path, 1, 1), SourceFile.problemMessage(e));
                    parseProblems.computeIfAbsent(path, p -> new java.util.concurrent.CopyOnWriteArrayList<>())
                            .add(unread);
                    problems.accept(unread);
                    unparsable.put(path, Boolean.TRUE);
                    return Optional.empty();
                }
            }
            Optional<CompilationUnit> unit = JavaSources.parse(entry.file(), text, problem -> {
                parseProblems.computeIfAbsent(path, p -> new java.util.concurrent.CopyOnWriteArrayList<>())
                        .add(problem);
                problems.accept(problem);
            });
            if (unit.isEmpty()) {
                unparsable.put(path, Boolean.TRUE);
                return Optional.empty();
            }
            Map<String, TypeDeclaration<?>> declared = new HashMap<>();
            for (TypeDeclaration<?> type : UnitNodes.of(unit.get()).types()) {
                declared.putIfAbsent(TypeNames.qualifiedName(type), type);
            }
            Parsed result = new Parsed(unit.get(), ImportContext.of(unit.get()), declared, text.length());
            if (keep) {
                remember(path, result);
            }
            Map<Path, Parsed> read = READ_BY_ANALYSIS.get();
            if (read != null) {
                read.put(path, result);
            }
            return Optional.of(result);
        }
    }

    private Parsed cachedUnit(Path path) {
        Map<Path, Parsed> read = READ_BY_ANALYSIS.get();
        Parsed parsed = read == null ? null : read.get(path);
        if (parsed == null) {
            parsed = recent.get(path);
            if (parsed != null && read != null) {
                read.put(path, parsed);
            }
        }
        return parsed;
    }

    /**
     * The trees the analysis of one file has read so far, its own among them, on the thread that runs it: however
     * many files it reads, each is parsed once for it, and its own tree is the one it was given.
     */
    private static final ThreadLocal<Map<Path, Parsed>> READ_BY_ANALYSIS = new ThreadLocal<>();

    /**
     * Runs the analysis of one file on its tree (none when it cannot be parsed). A tree parsed for it is kept while
     * the analysis runs, not among the recent trees afterwards: most files are never read again once analysed, and
     * a tree kept for a while outlives young collections and costs a full one later.
     */
    public <T> T analysing(SourceFile file, java.util.function.Function<Optional<CompilationUnit>, T> analysis) {
        Map<Path, Parsed> outer = READ_BY_ANALYSIS.get();
        READ_BY_ANALYSIS.set(new HashMap<>());
        try {
            return analysis.apply(parsed(entriesByPath.get(file.path()), false).map(Parsed::unit));
        } finally {
            READ_BY_ANALYSIS.set(outer);
        }
    }

    /**
     * Caches a tree, first dropping the least recently used ones while the cache would hold more than
     * {@link #RECENT_UNITS} trees or {@link #RECENT_CHARACTERS} characters of source.
     */
    private void remember(Path path, Parsed parsed) {
        synchronized (recent) {
            Parsed replaced = recent.remove(path);
            if (replaced != null) {
                recentCharacters -= replaced.size();
            }
            java.util.Iterator<Parsed> eldest = recent.values().iterator();
            while (eldest.hasNext() && (recent.size() >= RECENT_UNITS
                    || recentCharacters + parsed.size() > RECENT_CHARACTERS)) {
                recentCharacters -= eldest.next().size();
                eldest.remove();
            }
            recent.put(path, parsed);
            recentCharacters += parsed.size();
        }
    }
}

package dev.slotlint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every Java file of the project, known first by a cheap text scan (package, declared type names, whether it talks
 * to Redis) and parsed only when the analysis needs it: to check its calls, or to read a constant or helper it
 * declares. Parsed trees are kept in a small cache of recent files plus soft references, so memory stays bounded
 * however large the project; summaries (type names, imports) are kept for good.
 */
public final class ProjectIndex {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "\\b(?:class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");
    private static final int RECENT_UNITS = 64;

    /**
     * A file as the cheap scan saw it.
     *
     * @param relevant whether its text shows it may call Redis, so that it must be parsed and checked
     * @param text     the text, kept only for relevant files until they are parsed
     */
    public record Entry(SourceFile file, String packageName, List<String> typeNames, boolean relevant, String text) {
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> entriesByType = new HashMap<>();
    private final Map<Path, Entry> entriesByPath = new HashMap<>();
    private final Map<Path, Object> parseLocks = new ConcurrentHashMap<>();
    private final Map<Path, SoftReference<Parsed>> parsed = new ConcurrentHashMap<>();
    private final Map<Path, Parsed> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Parsed> eldest) {
            return size() > RECENT_UNITS;
        }
    });
    private final Map<Path, Boolean> unparsable = new ConcurrentHashMap<>();
    private final Map<String, Optional<TypeRef>> types = new ConcurrentHashMap<>();
    private final Consumer<Problem> problems;

    /** A parsed file and its type declarations by qualified name. */
    private record Parsed(CompilationUnit unit, ImportContext imports, Map<String, TypeDeclaration<?>> types) {
    }

    /** A type declared in the project: where it lives, not its tree. */
    public record TypeRef(String qualifiedName, Path file) {
    }

    private ProjectIndex(List<Entry> entries, Consumer<Problem> problems) {
        this.entries = entries;
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
                                    Consumer<Problem> problems) {
        List<Entry> entries = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            String text;
            try {
                text = file.read(problems);
            } catch (IOException e) {
                problems.accept(new Problem(new Location(file.path(), 1, 1), "cannot be read: " + e.getMessage()));
                continue;
            }
            Matcher pkg = PACKAGE.matcher(text);
            String packageName = pkg.find() ? pkg.group(1) : "";
            List<String> names = new ArrayList<>();
            Matcher declared = TYPE_DECLARATION.matcher(text);
            while (declared.find()) {
                names.add(declared.group(1));
            }
            boolean isRelevant = relevant.test(text);
            entries.add(new Entry(file, packageName, List.copyOf(names), isRelevant, isRelevant ? text : null));
        }
        return new ProjectIndex(entries, problems);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether a dotted qualified name (nested types joined by dots) may denote a type of the project. */
    public boolean isType(String qualifiedName) {
        if (entriesByType.containsKey(qualifiedName)) {
            return true;
        }
        String[] segments = qualifiedName.split("\\.");
        for (int split = 1; split < segments.length - 1; split++) {
            String pkg = String.join(".", java.util.Arrays.copyOfRange(segments, 0, split));
            List<Entry> outer = entriesByType.get(pkg + "." + segments[split]);
            List<Entry> inner = entriesByType.get(pkg + "." + segments[segments.length - 1]);
            if (outer != null && inner != null && outer.stream().anyMatch(inner::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The project type of that qualified name, parsing the file that declares it if needed. */
    public Optional<TypeRef> type(String qualifiedName) {
        Optional<TypeRef> known = types.get(qualifiedName);
        if (known != null) {
            return known;
        }
        Optional<TypeRef> found = Optional.empty();
        if (isType(qualifiedName)) {
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
        Entry entry = entriesByPath.get(file.path());
        return entry == null ? Optional.empty() : parsed(entry).map(Parsed::unit);
    }

    /** Files that could not be parsed, so far. */
    public int unparsableCount() {
        return unparsable.size();
    }

    private List<Entry> candidates(String qualifiedName) {
        List<Entry> direct = entriesByType.get(qualifiedName);
        if (direct != null) {
            return direct;
        }
        List<Entry> all = new ArrayList<>();
        String[] segments = qualifiedName.split("\\.");
        for (int split = 1; split < segments.length - 1; split++) {
            String pkg = String.join(".", java.util.Arrays.copyOfRange(segments, 0, split));
            all.addAll(entriesByType.getOrDefault(pkg + "." + segments[split], List.of()));
        }
        return all;
    }

    private Optional<Parsed> parsed(Entry entry) {
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
            Optional<CompilationUnit> unit = entry.text() != null
                    ? JavaSources.parse(entry.file(), entry.text(), problems)
                    : JavaSources.parse(entry.file(), problems);
            if (unit.isEmpty()) {
                unparsable.put(path, Boolean.TRUE);
                return Optional.empty();
            }
            Map<String, TypeDeclaration<?>> declared = new HashMap<>();
            for (TypeDeclaration<?> type : unit.get().findAll(TypeDeclaration.class)) {
                declared.putIfAbsent(TypeNames.qualifiedName(type), type);
            }
            Parsed result = new Parsed(unit.get(), ImportContext.of(unit.get()), declared);
            parsed.put(path, new SoftReference<>(result));
            recent.put(path, result);
            return Optional.of(result);
        }
    }

    private Parsed cachedUnit(Path path) {
        Parsed hot = recent.get(path);
        if (hot != null) {
            return hot;
        }
        SoftReference<Parsed> soft = parsed.get(path);
        Parsed kept = soft == null ? null : soft.get();
        if (kept != null) {
            recent.put(path, kept);
        }
        return kept;
    }
}

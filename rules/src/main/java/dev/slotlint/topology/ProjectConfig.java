package dev.slotlint.topology;

import dev.slotlint.source.Location;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Redis-related configuration of a project, read from its files: Spring Boot properties and YAML (every
 * profile), {@code redis.conf}-style server files, and the Docker files beside them.
 */
public record ProjectConfig(List<ConfigEntry> entries, List<RedisConf> redisConfs) {

    private static final Pattern SPRING_FILE = Pattern.compile("(application|bootstrap)([-.][\\w-]+)?\\.(properties|ya?ml)");
    private static final Pattern DOCKER_FILE = Pattern.compile("Dockerfile.*|(docker-)?compose([-.][\\w-]+)?\\.ya?ml");
    private static final Pattern SPLIT = Pattern.compile("\\s*,\\s*");

    public static final ProjectConfig EMPTY = new ProjectConfig(List.of(), List.of());

    public ProjectConfig {
        entries = List.copyOf(entries);
        redisConfs = List.copyOf(redisConfs);
    }

    /** Whether slotlint reads a file of this name as configuration. */
    public static boolean isConfigFile(String fileName) {
        return SPRING_FILE.matcher(fileName).matches() || DOCKER_FILE.matcher(fileName).matches()
                || fileName.endsWith(".conf") || fileName.endsWith(".lua");
    }

    /** Reads the given files; a file that cannot be read or parsed becomes a problem with its line. */
    public static ProjectConfig read(List<SourceFile> files, Consumer<Problem> problems) {
        List<ConfigEntry> entries = new ArrayList<>();
        List<Path> dockerFiles = new ArrayList<>();
        List<SourceFile> confs = new ArrayList<>();
        List<SourceFile> ordered = new ArrayList<>(files);
        ordered.sort(java.util.Comparator.comparing((SourceFile f) -> isProfile(f.path()))
                .thenComparing(f -> f.path().toString()));
        for (SourceFile file : ordered) {
            String name = file.path().getFileName().toString();
            if (DOCKER_FILE.matcher(name).matches()) {
                dockerFiles.add(file.path());
                continue;
            }
            if (name.endsWith(".conf")) {
                confs.add(file);
                continue;
            }
            if (!SPRING_FILE.matcher(name).matches()) {
                continue;
            }
            Optional<String> text = read(file, problems);
            if (text.isPresent()) {
                if (name.endsWith(".properties")) {
                    properties(file.path(), text.get(), entries, problems);
                } else {
                    yaml(file.path(), text.get(), entries, problems);
                }
            }
        }
        List<RedisConf> redisConfs = new ArrayList<>();
        for (SourceFile conf : confs) {
            read(conf, problems).flatMap(text -> redisConf(conf.path(), text, dockerFiles))
                    .ifPresent(redisConfs::add);
        }
        return new ProjectConfig(entries, redisConfs);
    }

    /** Whether a Spring file belongs to a profile ({@code application-prod.yml}), read after the base files. */
    private static boolean isProfile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("application-") || name.startsWith("bootstrap-");
    }

    /** The entries with one of the given keys, base files first, then profiles, each in file order. */
    public List<ConfigEntry> entries(String... keys) {
        List<String> wanted = Arrays.asList(keys);
        return entries.stream().filter(e -> wanted.contains(e.key())).toList();
    }

    private static Optional<String> read(SourceFile file, Consumer<Problem> problems) {
        try {
            return Optional.of(file.read(problems));
        } catch (IOException e) {
            problems.accept(new Problem(new Location(file.path(), 1, 1), SourceFile.problemMessage(e)));
            return Optional.empty();
        }
    }

    /**
     * A properties file read as {@link java.util.Properties#load(java.io.Reader)} reads it (logical lines joined
     * from lines ending in an odd number of backslashes, {@code #} and {@code !} comments, {@code =}, {@code :} or
     * blanks between key and value, escapes such as {@code h1\:7000} and {@code cluster\u002enodes}), each entry
     * with the line it starts on. An entry with a malformed {@code \\u} escape, which would make
     * {@code Properties} throw, is reported and left out.
     */
    static void properties(Path file, String text, List<ConfigEntry> entries, Consumer<Problem> problems) {
        int length = text.length();
        int i = 0;
        int line = 1;
        while (i < length) {
            // the start of a natural line: leading blanks, then a comment, a blank line or a logical line
            while (i < length && isBlank(text.charAt(i))) {
                i++;
            }
            if (i >= length) {
                break;
            }
            char first = text.charAt(i);
            if (first == '\r' || first == '\n') {
                i = afterLineBreak(text, i);
                line++;
                continue;
            }
            if (first == '#' || first == '!') {
                while (i < length && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            int startLine = line;
            StringBuilder logical = new StringBuilder();
            while (i < length) {
                int end = i;
                while (end < length && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
                    end++;
                }
                logical.append(text, i, end);
                int backslashes = 0;
                for (int k = logical.length() - 1; k >= 0 && logical.charAt(k) == '\\'; k--) {
                    backslashes++;
                }
                boolean continued = backslashes % 2 == 1;
                if (continued) {
                    logical.setLength(logical.length() - 1);
                }
                i = end;
                if (i < length) {
                    i = afterLineBreak(text, i);
                    line++;
                }
                if (!continued || i >= length) {
                    break;
                }
                while (i < length && isBlank(text.charAt(i))) {
                    i++;
                }
            }
            entry(file, startLine, logical.toString(), entries, problems);
        }
    }

    private static void entry(Path file, int line, String logical, List<ConfigEntry> entries,
                              Consumer<Problem> problems) {
        int limit = logical.length();
        int keyLength = 0;
        int valueStart = limit;
        boolean separator = false;
        boolean escaped = false;
        while (keyLength < limit) {
            char c = logical.charAt(keyLength);
            if ((c == '=' || c == ':') && !escaped) {
                valueStart = keyLength + 1;
                separator = true;
                break;
            }
            if (isBlank(c) && !escaped) {
                valueStart = keyLength + 1;
                break;
            }
            escaped = c == '\\' && !escaped;
            keyLength++;
        }
        while (valueStart < limit) {
            char c = logical.charAt(valueStart);
            if (!isBlank(c)) {
                if (!separator && (c == '=' || c == ':')) {
                    separator = true;
                } else {
                    break;
                }
            }
            valueStart++;
        }
        String key;
        String value;
        try {
            key = unescape(logical, 0, keyLength);
            value = unescape(logical, valueStart, limit).strip();
        } catch (IllegalArgumentException e) {
            problems.accept(new Problem(new Location(file, line, 1), e.getMessage()
                    + "; the entry is not read (java.util.Properties would reject the file)"));
            return;
        }
        entries.add(new ConfigEntry(new Location(file, line, 1), key.toLowerCase(Locale.ROOT),
                value.isEmpty() ? List.of() : List.of(SPLIT.split(value))));
    }

    /** The escapes of a properties file: {@code \\uXXXX}, {@code \\t}, {@code \\n}, {@code \\r}, {@code \\f}, else the character. */
    private static String unescape(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = text.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i >= to) {
                break;
            }
            c = text.charAt(i++);
            if (c == 'u') {
                if (i + 4 > to) {
                    throw new IllegalArgumentException("malformed \\uxxxx escape");
                }
                int value = 0;
                for (int k = 0; k < 4; k++) {
                    int digit = Character.digit(text.charAt(i + k), 16);
                    if (digit < 0 || text.charAt(i + k) > 'f') {
                        throw new IllegalArgumentException("malformed \\uxxxx escape \\u"
                                + text.substring(i, i + 4));
                    }
                    value = value * 16 + digit;
                }
                out.append((char) value);
                i += 4;
            } else {
                out.append(switch (c) {
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    case 'f' -> '\f';
                    default -> c;
                });
            }
        }
        return out.toString();
    }

    /** The blanks of a properties file: space, tab and form feed, nothing else. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static int afterLineBreak(String text, int at) {
        return text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? at + 2 : at + 1;
    }

    /**
     * How many values aliases may add to a YAML file by repeating what an anchor names: far beyond what real
     * configuration does, far below what a document of nested aliases can expand to (2^24 values from 31 lines).
     */
    static final int MAX_ALIAS_EXPANSION = 100_000;

    /**
     * Every document of a YAML file (profiles separated by {@code ---}), flattened to dotted keys, merge keys
     * ({@code <<: *defaults}) applied as YAML defines them: the mapping's own keys first, then each merged mapping's
     * keys that it does not have.
     */
    private static void yaml(Path file, String text, List<ConfigEntry> entries, Consumer<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        // the file's size is bounded by maxFileSize already; what aliases add is bounded below
        options.setCodePointLimit(Integer.MAX_VALUE);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Flattening flattening = new Flattening(file, entries);
        try {
            for (Node document : yaml.composeAll(new StringReader(text))) {
                flattening.flatten("", document);
            }
        } catch (Flattening.TooLarge e) {
            problems.accept(new Problem(new Location(file, e.line, 1), String.format(Locale.ROOT, "aliases repeat"
                    + " more than %,d values of this YAML file; the rest of the file is not read", MAX_ALIAS_EXPANSION)));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            problems.accept(new Problem(new Location(file, line, 1), "YAML cannot be parsed, file not read: "
                    + e.getProblem()));
        } catch (YAMLException e) {
            problems.accept(new Problem(new Location(file, 1, 1), "YAML cannot be parsed, file not read: "
                    + e.getMessage()));
        }
    }

    /** A YAML node graph flattened to entries, counting what aliases repeat; a node met again is an alias. */
    private static final class Flattening {

        /** Thrown when aliases have repeated more than {@link #MAX_ALIAS_EXPANSION} values. */
        static final class TooLarge extends RuntimeException {
            final int line;

            TooLarge(int line) {
                super(null, null, false, false);
                this.line = line;
            }
        }

        private final Path file;
        private final List<ConfigEntry> entries;
        private final Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final Set<Node> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private int repeated;

        Flattening(Path file, List<ConfigEntry> entries) {
            this.file = file;
            this.entries = entries;
        }

        /** Counts a node; past the budget of repeated ones, stops. */
        private void count(Node node) {
            if (!seen.add(node) && ++repeated > MAX_ALIAS_EXPANSION) {
                throw new TooLarge(node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1);
            }
        }

        void flatten(String prefix, Node node) {
            if (!(node instanceof MappingNode mapping) || !open.add(node)) {
                // not a mapping, or a mapping that holds itself through an alias
                return;
            }
            try {
                count(node);
                Set<String> own = new java.util.HashSet<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && !isMerge(key)) {
                        own.add(key.getValue());
                    }
                }
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        continue;
                    }
                    if (isMerge(key)) {
                        merge(prefix, tuple.getValueNode(), own);
                    } else {
                        entry(prefix, key, tuple.getValueNode());
                    }
                }
            } finally {
                open.remove(node);
            }
        }

        /** The keys of merged mappings (one, or a sequence of them, earlier ones first) that are not there yet. */
        private void merge(String prefix, Node merged, Set<String> present) {
            List<Node> sources = merged instanceof SequenceNode sequence ? sequence.getValue() : List.of(merged);
            for (Node source : sources) {
                if (!(source instanceof MappingNode mapping) || !open.add(source)) {
                    continue;
                }
                try {
                    count(source);
                    for (NodeTuple tuple : mapping.getValue()) {
                        if (tuple.getKeyNode() instanceof ScalarNode key && !isMerge(key) && present.add(key.getValue())) {
                            entry(prefix, key, tuple.getValueNode());
                        }
                    }
                    // what the merged mapping merges in turn comes after its own keys
                    for (NodeTuple tuple : mapping.getValue()) {
                        if (tuple.getKeyNode() instanceof ScalarNode key && isMerge(key)) {
                            merge(prefix, tuple.getValueNode(), present);
                        }
                    }
                } finally {
                    open.remove(source);
                }
            }
        }

        private void entry(String prefix, ScalarNode key, Node value) {
            count(key);
            String name = prefix.isEmpty() ? key.getValue() : prefix + "." + key.getValue();
            Location at = new Location(file, key.getStartMark().getLine() + 1, key.getStartMark().getColumn() + 1);
            if (value instanceof ScalarNode scalar) {
                count(scalar);
                String text = scalar.getValue().strip();
                entries.add(new ConfigEntry(at, name.toLowerCase(Locale.ROOT),
                        text.isEmpty() ? List.of() : List.of(SPLIT.split(text))));
            } else if (value instanceof SequenceNode sequence) {
                count(sequence);
                List<String> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    count(item);
                    if (item instanceof ScalarNode scalar) {
                        items.add(scalar.getValue().strip());
                    }
                }
                entries.add(new ConfigEntry(at, name.toLowerCase(Locale.ROOT), items));
            } else {
                flatten(name, value);
            }
        }

        private static boolean isMerge(ScalarNode key) {
            return key.getTag().equals(org.yaml.snakeyaml.nodes.Tag.MERGE) || key.getValue().equals("<<")
                    && key.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
        }
    }

    private static Optional<RedisConf> redisConf(Path file, String text, List<Path> dockerFiles) {
        Location clusterEnabled = null;
        Location announceIp = null;
        boolean looksLikeRedis = false;
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String[] words = lines[i].strip().split("\\s+");
            String directive = words[0].toLowerCase(Locale.ROOT);
            if (directive.startsWith("#") || directive.isEmpty()) {
                continue;
            }
            if (directive.startsWith("cluster-") || directive.equals("port") || directive.equals("appendonly")
                    || directive.equals("save") || directive.equals("maxmemory")) {
                looksLikeRedis = true;
            }
            if (directive.equals("cluster-enabled") && words.length > 1 && words[1].equalsIgnoreCase("yes")) {
                clusterEnabled = new Location(file, i + 1, 1);
            }
            if (directive.equals("cluster-announce-ip")) {
                announceIp = new Location(file, i + 1, 1);
            }
        }
        if (!looksLikeRedis) {
            return Optional.empty();
        }
        Path dir = file.getParent();
        List<Path> beside = dockerFiles.stream().filter(d -> java.util.Objects.equals(d.getParent(), dir)).toList();
        return Optional.of(new RedisConf(file, clusterEnabled, announceIp, beside));
    }
}

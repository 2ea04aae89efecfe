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
                    properties(file.path(), text.get(), entries);
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
            problems.accept(new Problem(new Location(file.path(), 1, 1), "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** {@code key=value}, {@code key: value} and {@code key value} lines, with continuation lines. */
    private static void properties(Path file, String text, List<ConfigEntry> entries) {
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            StringBuilder logical = new StringBuilder(lines[i].stripLeading());
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(lines[++i].stripLeading());
            }
            String line = logical.toString();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = -1;
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch == '\\') {
                    c++;
                } else if (ch == '=' || ch == ':' || Character.isWhitespace(ch)) {
                    separator = c;
                    break;
                }
            }
            String key = (separator < 0 ? line : line.substring(0, separator)).strip();
            String value = separator < 0 ? "" : line.substring(separator + 1).strip();
            if (value.startsWith("=") || value.startsWith(":")) {
                value = value.substring(1).strip();
            }
            entries.add(new ConfigEntry(new Location(file, first + 1, 1), key.toLowerCase(Locale.ROOT),
                    value.isEmpty() ? List.of() : List.of(SPLIT.split(value))));
        }
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Every document of a YAML file (profiles separated by {@code ---}), flattened to dotted keys. */
    private static void yaml(Path file, String text, List<ConfigEntry> entries, Consumer<Problem> problems) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try {
            for (Node document : yaml.composeAll(new StringReader(text))) {
                flatten(file, "", document, entries);
            }
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

    private static void flatten(Path file, String prefix, Node node, List<ConfigEntry> entries) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    continue;
                }
                String name = prefix.isEmpty() ? key.getValue() : prefix + "." + key.getValue();
                Node value = tuple.getValueNode();
                Location at = new Location(file, key.getStartMark().getLine() + 1, key.getStartMark().getColumn() + 1);
                if (value instanceof ScalarNode scalar) {
                    String text = scalar.getValue().strip();
                    entries.add(new ConfigEntry(at, name.toLowerCase(Locale.ROOT),
                            text.isEmpty() ? List.of() : List.of(SPLIT.split(text))));
                } else if (value instanceof SequenceNode sequence) {
                    List<String> items = new ArrayList<>();
                    for (Node item : sequence.getValue()) {
                        if (item instanceof ScalarNode scalar) {
                            items.add(scalar.getValue().strip());
                        }
                    }
                    entries.add(new ConfigEntry(at, name.toLowerCase(Locale.ROOT), items));
                } else {
                    flatten(file, name, value, entries);
                }
            }
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

package dev.slotlint.bench.field;

import dev.slotlint.client.Library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field corpus as written in {@code bench/field}: the projects ({@code projects.tsv}) and, for each, the labels
 * that say what slotlint should report where ({@code labels/<name>.tsv}; see {@code LABELLING.md}).
 */
public record FieldCorpus(Path directory, List<Project> projects) {

    /** The two ways the corpus is run: as a user adds the plugin, and with {@code clusterReady=true}. */
    public enum Mode {
        DEFAULT("default"), CLUSTER_READY("clusterReady");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One project: its modules (analysed together, as one reactor), the client versions it resolves, and its labels.
     */
    public record Project(String name, List<Module> modules, Map<Library, String> versions, String description,
                          List<Label> labels) {

        /** Whether the modules are analysed as a build of several, each with the modules it uses. */
        public boolean isReactor() {
            return modules.stream().anyMatch(module -> !module.uses().isEmpty());
        }

        /** {@code Jedis 3.6.0, Lettuce 6.1.10.RELEASE}. */
        public String versionText() {
            List<String> parts = new ArrayList<>();
            versions.forEach((library, version) -> parts.add(library.displayName() + " " + version));
            return String.join(", ", parts);
        }
    }

    /**
     * A module of a project, by its Maven coordinates.
     *
     * @param uses the artifact ids of the project's modules this one depends on, directly or not, as written
     *             {@code groupId:artifactId:version (uses core+api)}; a project whose modules use others is analysed as
     *             a build of several modules, each with its upstream modules, as the Maven plugin analyses a reactor
     */
    public record Module(String groupId, String artifactId, String version, List<String> uses) {

        private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile(
                "([^:\\s]+):([^:\\s]+):([^:\\s]+)(?:\\s*\\(uses\\s+([^)]+)\\))?");

        public Module {
            uses = List.copyOf(uses);
        }

        static Module parse(String coordinates) {
            java.util.regex.Matcher written = WRITTEN.matcher(coordinates.trim());
            if (!written.matches()) {
                throw new IllegalArgumentException("not groupId:artifactId:version, optionally followed by"
                        + " (uses artifactId+artifactId): " + coordinates);
            }
            List<String> uses = written.group(4) == null ? List.of()
                    : java.util.Arrays.stream(written.group(4).split("\\+")).map(String::trim).toList();
            return new Module(written.group(1), written.group(2), written.group(3), uses);
        }

        public String sourcesJar() {
            return artifactId + "-" + version + "-sources.jar";
        }

        public String mainJar() {
            return artifactId + "-" + version + ".jar";
        }
    }

    /**
     * What a careful reviewer says of one place.
     *
     * @param rule  the rule expected there, or null for {@code silent} and {@code out-of-reach}
     * @param modes the modes in which the rule is expected; in the others the place is silent
     */
    public record Label(String artifact, String file, int line, String rule, List<Mode> modes, boolean outOfReach,
                        String reason, int labelLine) {

        public boolean expects(Mode mode) {
            return rule != null && modes.contains(mode);
        }

        public String place() {
            return artifact + "\t" + file + "\t" + line;
        }
    }

    public static FieldCorpus read(Path directory) throws IOException {
        List<Project> projects = new ArrayList<>();
        for (String[] row : rows(directory.resolve("projects.tsv"), 4)) {
            List<Module> modules = new ArrayList<>();
            for (String coordinates : row[1].split(",")) {
                modules.add(Module.parse(coordinates));
            }
            for (Module module : modules) {
                for (String used : module.uses()) {
                    if (modules.stream().noneMatch(other -> other.artifactId().equals(used))) {
                        throw new IllegalArgumentException(row[0] + ": " + module.artifactId() + " uses " + used
                                + ", which is not one of the project's modules");
                    }
                }
            }
            Map<Library, String> versions = new LinkedHashMap<>();
            for (String pair : row[2].split(",")) {
                String[] nameVersion = pair.trim().split("=");
                versions.put(library(nameVersion[0]), nameVersion[1]);
            }
            Path labels = directory.resolve("labels").resolve(row[0] + ".tsv");
            projects.add(new Project(row[0], List.copyOf(modules), Collections.unmodifiableMap(versions), row[3],
                    Files.exists(labels) ? labels(labels) : List.of()));
        }
        return new FieldCorpus(directory, List.copyOf(projects));
    }

    private static Library library(String name) {
        return switch (name.trim()) {
            case "jedis" -> Library.JEDIS;
            case "lettuce" -> Library.LETTUCE;
            case "spring-data-redis" -> Library.SPRING;
            default -> throw new IllegalArgumentException("unknown client library " + name
                    + " (jedis, lettuce or spring-data-redis)");
        };
    }

    static List<Label> labels(Path file) throws IOException {
        List<Label> labels = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 5);
            if (columns.length < 5) {
                throw new IllegalArgumentException(file + ":" + (i + 1)
                        + ": a label has 5 tab-separated columns: artifact, file, line, expectation, reason");
            }
            labels.add(label(columns, file, i + 1));
        }
        return List.copyOf(labels);
    }

    private static Label label(String[] columns, Path file, int labelLine) {
        String expectation = columns[3].trim();
        int line;
        try {
            line = Integer.parseInt(columns[2].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + labelLine + ": line is not a number: " + columns[2]);
        }
        String reason = columns[4].trim();
        if (expectation.equals("silent") || expectation.equals("out-of-reach")) {
            return new Label(columns[0].trim(), columns[1].trim(), line, null, List.of(),
                    expectation.equals("out-of-reach"), reason, labelLine);
        }
        String rule = expectation;
        List<Mode> modes = List.of(Mode.values());
        int at = expectation.indexOf('@');
        if (at >= 0) {
            rule = expectation.substring(0, at);
            String mode = expectation.substring(at + 1);
            modes = switch (mode) {
                case "clusterReady" -> List.of(Mode.CLUSTER_READY);
                case "default" -> List.of(Mode.DEFAULT);
                default -> throw new IllegalArgumentException(file + ":" + labelLine + ": unknown mode " + mode
                        + " (clusterReady or default)");
            };
        }
        if (!rule.matches("[A-Z][A-Za-z]+")) {
            throw new IllegalArgumentException(file + ":" + labelLine + ": expectation is a rule id, silent or"
                    + " out-of-reach, not " + expectation);
        }
        return new Label(columns[0].trim(), columns[1].trim(), line, rule, modes, false, reason, labelLine);
    }

    private static List<String[]> rows(Path file, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t");
            if (row.length != columns) {
                throw new IllegalArgumentException(file + ": expected " + columns + " tab-separated columns: " + line);
            }
            rows.add(row);
        }
        return rows;
    }
}

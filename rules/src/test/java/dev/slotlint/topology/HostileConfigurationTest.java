package dev.slotlint.topology;

import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Configuration files as their own readers read them (java.util.Properties, YAML with its merge keys), and what a
 * hostile one costs: a warning with its file and line, never the run.
 */
class HostileConfigurationTest {

    private static ProjectConfig read(List<Problem> problems, SourceFile... files) {
        return ProjectConfig.read(List.of(files), problems::add);
    }

    private static SourceFile file(String name, String text) {
        return SourceFile.inMemory(Path.of(name), text);
    }

    private static List<String> entries(ProjectConfig config) {
        return config.entries().stream().map(e -> e.location().line() + " " + e.key() + "=" + e.value()).toList();
    }

    private static List<String> problems(List<Problem> problems) {
        return problems.stream().map(p -> p.location().file() + ":" + p.location().line() + " " + p.message()).toList();
    }

    private static final List<String> PROPERTIES = List.of(
            "spring.data.redis.cluster.nodes=h1\\:7000,h2\\:7001\n",
            "spring.data.redis.cluster\\u002enodes = a:1, b:2\n",
            "# a comment \\\nspring.data.redis.host=after-a-comment\n",
            "  ! another\n\tspring.data.redis.url : redis://x:1\n",
            "key\\ with\\ blanks value\\twith\\ttabs\n",
            "continued = one,\\\n     two,\\\r\n  \\\n  three\n",
            "even\\\\\nafter=even\n",
            "spaces   =   =x\n",
            "colon:value:more\n",
            "only-key\n",
            "\\#not-a-comment=1\n",
            "a\\=b=c\n",
            "\f\t  indented = x\r\nnext=y\rthird=z\n",
            "trailing\\\n");

    @Test
    void propertiesAreReadAsJavaUtilPropertiesReadsThem() throws IOException {
        for (String text : PROPERTIES) {
            Properties expected = new Properties();
            expected.load(new StringReader(text));
            Map<String, String> wanted = new LinkedHashMap<>();
            expected.stringPropertyNames().forEach(k -> wanted.put(k.toLowerCase(Locale.ROOT),
                    String.join(",", expected.getProperty(k).strip().split("\\s*,\\s*"))));
            List<Problem> problems = new ArrayList<>();
            Map<String, String> read = new LinkedHashMap<>();
            read(problems, file("application.properties", text)).entries()
                    .forEach(e -> read.put(e.key(), e.values().isEmpty() ? "" : e.value()));
            assertEquals(new java.util.TreeMap<>(wanted), new java.util.TreeMap<>(read), text);
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void eachPropertyHasTheLineItStartsOn() {
        List<Problem> problems = new ArrayList<>();
        ProjectConfig config = read(problems, file("application.properties", String.join("\n",
                "# nodes",
                "spring.data.redis.cluster.nodes = h1\\:7000,\\",
                "    h2\\:7001,\\",
                "    h3\\:7002",
                "spring.data.redis\\u002edatabase=2",
                "spring.data.redis.client-name=\\uZZZZ",
                "spring.data.redis.client-type=jedis")));
        assertEquals(List.of("2 spring.data.redis.cluster.nodes=h1:7000,h2:7001,h3:7002",
                "5 spring.data.redis.database=2", "7 spring.data.redis.client-type=jedis"), entries(config));
        assertEquals(List.of("application.properties:6 malformed \\uxxxx escape \\uZZZZ; the entry is not read"
                + " (java.util.Properties would reject the file)"), problems(problems));
    }

    @Test
    void yamlMergeKeysBringTheirSettings() {
        List<Problem> problems = new ArrayList<>();
        ProjectConfig config = read(problems, file("application.yml", """
                redis-defaults: &redis-defaults
                  cluster:
                    nodes: h1:7000,h2:7001,h3:7002
                  timeout: 1s
                other: &other
                  database: 0
                  timeout: 9s
                spring:
                  data:
                    redis:
                      <<: [*redis-defaults, *other]
                      timeout: 2s
                """));
        assertEquals(List.of(), problems);
        List<String> redis = entries(config).stream().filter(e -> e.contains(" spring.")).toList();
        // the mapping's own keys win over merged ones, and the first merged mapping over the next
        assertEquals(List.of("3 spring.data.redis.cluster.nodes=h1:7000,h2:7001,h3:7002",
                "6 spring.data.redis.database=0", "12 spring.data.redis.timeout=2s"), redis);
        ProjectTopology topology = TopologyDetector.detect(TopologySetting.AUTO, List.of(), false, config, List.of(), null);
        assertEquals(ProjectTopology.Kind.CLUSTER, topology.kind());
        assertEquals("application.yml:3 (spring.data.redis.cluster.nodes)", topology.reason());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aliasesThatDoubleAtEveryLineStopWithAWarning() {
        StringBuilder bomb = new StringBuilder("spring:\n  data:\n    redis:\n      host: before.example\n");
        bomb.append("a0: &a0 {x: 1, y: 1}\n");
        for (int i = 1; i <= 24; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" {x: *a").append(i - 1).append(", y: *a")
                    .append(i - 1).append("}\n");
        }
        bomb.append("loop: &loop {self: *loop}\n");
        List<Problem> problems = new ArrayList<>();
        ProjectConfig config = read(problems, file("application.yml", bomb.toString()));
        assertEquals(List.of("application.yml:6 aliases repeat more than 100,000 values of this YAML file; the"
                + " rest of the file is not read"), problems(problems));
        assertEquals("4 spring.data.redis.host=before.example", entries(config).get(0));

        List<Problem> loop = new ArrayList<>();
        ProjectConfig recursive = read(loop, file("application.yml", "a: &a\n  b: *a\n  c: 1\n"));
        assertEquals(List.of(), loop);
        assertEquals(List.of("3 a.c=1"), entries(recursive));
    }

    @Test
    void configurationFilesWithinTheLimitAreReadHoweverLargeAndLargerOnesNamed(@TempDir Path dir) throws IOException {
        try (Writer conf = Files.newBufferedWriter(dir.resolve("redis.conf"))) {
            conf.write("port 7000\n");
            for (int i = 0; i < 220_000; i++) {
                conf.write("# padding line " + i + " of a generated configuration\n");
            }
            conf.write("cluster-enabled yes\n");
        }
        try (Writer yml = Files.newBufferedWriter(dir.resolve("application.yml"))) {
            yml.write("spring:\n  data:\n    redis:\n      host: standalone.example\n");
            for (int i = 0; i < 500_000; i++) {
                yml.write("padding" + i + ": \"0123456789012345678901234567890\"\n");
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<SourceFile> files = SourceTree.files(dir, ProjectConfig::isConfigFile, StandardCharsets.UTF_8, 16L << 20,
                problems);
        ProjectConfig config = ProjectConfig.read(files, problems::add);
        String yamlSize = String.format(Locale.ROOT, "%,d", Files.size(dir.resolve("application.yml")));
        assertEquals(List.of(dir.resolve("application.yml") + ":1 " + yamlSize + " bytes (23.3 MB), more than the"
                + " 16,777,216 bytes (16 MB) slotlint reads (maxFileSize); not analysed"), problems(problems));
        ProjectTopology topology = TopologyDetector.detect(TopologySetting.AUTO, List.of(), false, config, List.of(), null);
        assertEquals(ProjectTopology.Kind.CLUSTER, topology.kind());
        assertEquals("redis.conf:220002 (cluster-enabled yes)", topology.reason());
    }
}

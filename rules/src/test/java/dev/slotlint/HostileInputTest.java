package dev.slotlint;

import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sources that must not stop the analysis: each gives a warning with its file and line where it cannot be
 * analysed, the rest of the project is analysed, and nothing throws or hangs (the timeouts only guard against a
 * hang; speed is the benchmark's business).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileInputTest {

    /** A cross-slot MSET on a cluster client, to show that a file was analysed: slots 14374 and 1603. */
    private static final String GOOD = """
            import redis.clients.jedis.JedisCluster;

            class Good {
                void run(JedisCluster cluster) {
                    cluster.mset("order:1", "a", "stock:1", "b");
                }
            }
            """;

    private static AnalysisResult analyse(List<SourceFile> files) {
        return new Analyzer(AnalysisSettings.defaults().withThreads(2)).analyze(files);
    }

    private static SourceFile source(String path, String text) {
        return SourceFile.inMemory(Path.of(path), text);
    }

    private static List<String> findings(AnalysisResult result) {
        return result.findings().stream().map(f -> f.location().file() + ":" + f.location().line() + " "
                + f.ruleId()).toList();
    }

    @Test
    void aFileWithSyntaxErrorsIsReportedWithItsLineAndTheRestIsAnalysed() {
        AnalysisResult result = analyse(List.of(source("Broken.java", """
                import redis.clients.jedis.JedisCluster;

                class Broken {
                    void run(JedisCluster cluster) {
                        cluster.mset("a", "1", "b", "2"
                    }
                }
                """), source("Good.java", GOOD)));
        assertEquals(List.of("Good.java:5 CrossSlot"), findings(result));
        assertEquals(1, result.problems().size(), result.problems().toString());
        Problem problem = result.problems().get(0);
        assertEquals("Broken.java", problem.location().file().toString());
        assertEquals(5, problem.location().line(), "where the missing ')' should be");
        assertEquals("syntax error, file not analysed: Parse error. Found \"}\"", problem.message());
        assertEquals(2, result.filesRead());
        assertEquals(1, result.filesSkipped());
    }

    @Test
    void aLatin1FileIsReadInItsDeclaredEncodingAndAWrongEncodingIsAWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Cafe.java");
        Files.write(file, """
                import redis.clients.jedis.JedisCluster;

                class Cafe {
                    void run(JedisCluster cluster) {
                        cluster.mset("café:menu", "a", "thé:menu", "b");
                    }
                }
                """.getBytes(StandardCharsets.ISO_8859_1));
        AnalysisResult latin1 = analyse(List.of(SourceFile.onDisk(file, StandardCharsets.ISO_8859_1)));
        assertEquals(List.of(), latin1.problems());
        assertEquals(1, latin1.findings().size());
        // slots as Redis computes them over the UTF-8 bytes the client sends (checked with CLUSTER KEYSLOT)
        assertTrue(latin1.findings().get(0).message().startsWith(
                "MSET keys \"café:menu\" (slot 16232) and \"thé:menu\" (slot 16275) hash to different slots"),
                latin1.findings().get(0).message());

        AnalysisResult utf8 = analyse(List.of(SourceFile.onDisk(file, StandardCharsets.UTF_8)));
        assertEquals(List.of(new Problem(new dev.slotlint.source.Location(file, 1, 1), "not valid UTF-8; read with"
                + " replacement characters (set project.build.sourceEncoding to the file's encoding)")),
                utf8.problems());
        assertEquals(1, utf8.findings().size(), "the file is still analysed");
    }

    @Test
    void aFiveMegabyteGeneratedFileIsAnalysed() {
        StringBuilder text = new StringBuilder("import redis.clients.jedis.JedisCluster;\n\nclass Huge {\n");
        int methods = 0;
        while (text.length() < 5_000_000) {
            text.append("    static int table").append(methods).append("(int i) {\n        switch (i) {\n");
            for (int c = 0; c < 40; c++) {
                text.append("            case ").append(c).append(": return ").append(c * 31 + methods)
                        .append(";\n");
            }
            text.append("            default: return -1;\n        }\n    }\n");
            methods++;
        }
        text.append("    void run(JedisCluster cluster) {\n        cluster.mset(\"order:1\", \"a\", \"stock:1\", \"b\");\n"
                + "    }\n}\n");
        int line = (int) text.chars().filter(c -> c == '\n').count() - 2;
        AnalysisResult result = analyse(List.of(source("Huge.java", text.toString()), source("Good.java", GOOD)));
        assertEquals(List.of("Good.java:5 CrossSlot", "Huge.java:" + line + " CrossSlot"), findings(result));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void aTenThousandTermConcatenationIsEvaluatedWithoutOverflowingTheStack() {
        StringBuilder concat = new StringBuilder("\"user:\"");
        for (int i = 1; i < 10_000; i++) {
            concat.append(" + \"").append(i % 10).append('"');
        }
        AnalysisResult result = analyse(List.of(source("Concat.java", """
                import redis.clients.jedis.JedisCluster;

                class Concat {
                    static final String LONG = %s;

                    void run(JedisCluster cluster) {
                        cluster.mset(LONG, "a", "stock:1", "b");
                    }
                }
                """.formatted(concat)), source("Good.java", GOOD)));
        // the 10,000-character key is evaluated whole, on a worker thread with a large stack
        assertEquals(List.of("Concat.java:7 CrossSlot", "Good.java:5 CrossSlot"), findings(result));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void java21SyntaxIsAnalysed() throws IOException {
        // records, a sealed interface, a pattern switch with a record pattern, a text block key
        Path shapes = Path.of(System.getProperty("slotlint.testProjects", "../test-projects"),
                "hostile-sources/src/main/java/com/example/hostile/Shapes.java");
        AnalysisResult result = analyse(List.of(source("Shapes.java", Files.readString(shapes))));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("Shapes.java:35 CrossSlot"), findings(result));
        assertEquals(0, result.filesSkipped());
    }

    @Test
    void generatedSourcesAreAnalysedLikeTheRest() {
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            table.append(i % 97).append(i % 40 == 39 ? ",\n" : ", ");
        }
        AnalysisResult result = analyse(List.of(source("target/generated-sources/protobuf/Messages.java", """
                // Generated by the protocol buffer compiler.  DO NOT EDIT!
                package generated;

                @javax.annotation.processing.Generated("protoc")
                public final class Messages {
                    private static final int[] TABLE = {
                %s
                    };
                    private static final String NAME = "\\u0041\\u0042";

                    void store(redis.clients.jedis.JedisCluster cluster) {
                        cluster.del("msg:" + NAME, "{msg}:index");
                    }
                }
                """.formatted(table))));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("target/generated-sources/protobuf/Messages.java:512 CrossSlot"), findings(result));
    }

    @Test
    void aSymbolicLinkLoopIsReportedOnceAndEveryFileIsFoundOnce(@TempDir Path dir) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("src/shop"));
        Files.writeString(pkg.resolve("Good.java"), GOOD);
        Files.createSymbolicLink(pkg.resolve("loop"), dir.resolve("src"));
        List<Problem> problems = new ArrayList<>();
        List<SourceFile> files = SourceTree.javaFiles(List.of(dir.resolve("src")), StandardCharsets.UTF_8, problems);
        assertEquals(List.of(pkg.resolve("Good.java").toAbsolutePath().normalize()),
                files.stream().map(SourceFile::path).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(pkg.resolve("loop").toAbsolutePath().normalize(), problems.get(0).location().file());
        assertEquals("symbolic link loop; not followed", problems.get(0).message());
        assertEquals(1, analyse(files).findings().size());
    }
}

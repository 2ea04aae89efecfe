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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Sources that must not stop the analysis: each gives a warning with its file and line where it cannot be
 * analysed, the rest of the project is analysed, and nothing throws or hangs. The class timeout only guards against
 * a hang; the shorter ones of the cases that once took minutes (100,000 keys, a 20,000-link chain) keep them linear.
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

    // ------------------------------------------------------------------------------------------- second round

    private static List<String> problems(AnalysisResult result) {
        return result.problems().stream().map(p -> p.location().file().getFileName() + ":" + p.location().line()
                + ":" + p.location().column() + " " + p.message()).toList();
    }

    private static String cluster(String name, String body) {
        return "import redis.clients.jedis.JedisCluster;\n\nclass " + name + " {\n    void run(JedisCluster cluster,"
                + " int i) {\n" + body + "\n    }\n}\n";
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void keysThatNoRedisCouldHoldAreWarningsAndTheRestIsAnalysed() {
        AnalysisResult result = analyse(List.of(source("Formats.java", cluster("Formats", String.join("\n",
                "        cluster.mset(String.format(\"%99999999999$s\", \"x\"), \"a\", \"b\", \"c\");",
                "        cluster.mset(String.format(\"%2147483647s\", \"x\"), \"a\", \"b\", \"c\");",
                "        cluster.mset(String.format(\"%.999999999f\", 1.0), \"a\", \"b\", \"c\");",
                "        cluster.mset(\"ab\".repeat(2147483647), \"a\", \"b\", \"c\");",
                "        cluster.mset(\"k\".repeat(400_000_000), \"a\", \"b\", \"c\");",
                "        cluster.mset(\"user:1\", \"a\", \"user:2\", \"b\");"))), source("Good.java", GOOD)));
        String tooLong = " characters, more than the 16,384 slotlint evaluates; treated as unknown";
        assertEquals(List.of(
                "Formats.java:5:22 formats argument 99,999,999,999 (%99999999999$s) of 1 given, which fails at run"
                        + " time; treated as unknown",
                "Formats.java:6:22 builds a value of 2,147,483,647" + tooLong,
                "Formats.java:7:22 builds a value of 999,999,999" + tooLong,
                "Formats.java:8:22 builds a value of 4,294,967,294" + tooLong,
                "Formats.java:9:22 builds a value of 400,000,000" + tooLong), problems(result));
        assertEquals(List.of("Formats.java:10 CrossSlot", "Good.java:5 CrossSlot"), findings(result));
        assertEquals(0, result.filesSkipped());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void expressionsNestedThousandsDeepAreJudgedInLinearTime() {
        StringBuilder append = new StringBuilder("        String built = new StringBuilder(\"{user}:\")");
        for (int i = 0; i < 20_000; i++) {
            append.append(".append(\"").append(i % 10).append("\")");
        }
        append.append(".toString();\n        cluster.mset(built, \"a\", \"order:1\", \"b\");");
        StringBuilder keys = new StringBuilder("        cluster.del(new String[] {");
        for (int i = 0; i < 100_000; i++) {
            keys.append("\"user:").append(i).append("\",");
        }
        keys.append("});");
        AnalysisResult result = analyse(List.of(source("Append.java", cluster("Append", append.toString())),
                source("Keys.java", cluster("Keys", keys.toString())),
                source("Ternaries.java", cluster("Ternaries", "        String many = " + ternaries(6_000)
                        + ";\n        cluster.mset(many, \"a\", \"order:1\", \"b\");"))));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("Append.java:6 CrossSlot", "Keys.java:5 CrossSlot", "Ternaries.java:6 CrossSlot"),
                findings(result));
        // the 20,007-character key keeps its first 16,384 characters, its tag among them, and so its slot
        assertTrue(result.findings().get(0).message().startsWith("MSET keys \"{user}:0123"),
                result.findings().get(0).message());
        assertTrue(result.findings().get(0).message().contains("\" (16,384 characters) + ‹…› (slot 5474) and"
                + " \"order:1\" (slot 14374) hash to different slots"), result.findings().get(0).message());
        assertTrue(result.findings().get(1).message().startsWith("DEL keys \"user:0\" (slot 14907), \"user:1\""
                + " (slot 10778)"), result.findings().get(1).message());
        assertTrue(result.findings().get(1).message().contains(" and 99994 more hash to different slots"));
        assertTrue(result.findings().get(2).message().contains("(slot 5474) and \"order:1\" (slot 14374) hash to"
                + " different slots"), result.findings().get(2).message());
    }

    /** {@code i == 0 ? "{user}:0" : ... : "{user}:n-1"}: n alternatives, all in slot 5474. */
    private static String ternaries(int n) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < n - 1; j++) {
            text.append("i == ").append(j).append(" ? \"{user}:").append(j).append("\" : ");
        }
        return text.append("\"{user}:").append(n - 1).append('"').toString();
    }

    @Test
    void nestedConditionalsKeepTheirFindingWhateverTheirNumber() {
        for (int n : new int[] {16, 17, 32, 3_200, 3_201, 3_216}) {
            AnalysisResult result = analyse(List.of(source("Ternaries.java", cluster("Ternaries",
                    "        String key = " + ternaries(n) + ";\n        cluster.mset(key, \"a\", \"order:1\", \"b\");"))));
            assertEquals(List.of("Ternaries.java:6 CrossSlot"), findings(result), n + " alternatives");
            assertEquals(dev.slotlint.rule.Severity.ERROR, result.findings().get(0).severity(), n + " alternatives");
            assertTrue(result.findings().get(0).message().contains("hash to different slots"), n + " alternatives");
        }
    }

    @Test
    void nestingTooDeepToParseGivesTheSameAnswerOnEveryRunAndThreadCount() {
        String deep = cluster("Deep", "        cluster.mset(" + "(".repeat(100_000) + "\"a\"" + ")".repeat(100_000)
                + ", \"1\", \"b\", \"2\");");
        for (int run = 0; run < 8; run++) {
            AnalysisResult result = new Analyzer(AnalysisSettings.defaults().withThreads(1 + run % 2))
                    .analyze(List.of(source("Deep.java", deep), source("Good.java", GOOD)));
            assertEquals(List.of("Deep.java:5:1 nested more than 10,000 deep (parentheses, brackets, braces,"
                    + " conditional operators, lambdas, prefix operators); file not analysed"), problems(result));
            assertEquals(List.of("Good.java:5 CrossSlot"), findings(result));
            assertEquals(1, result.filesSkipped());
        }
        // as deep as real code gets, and far deeper, is parsed
        AnalysisResult nested = analyse(List.of(source("Nested.java", cluster("Nested", "        cluster.mset("
                + "(".repeat(5_000) + "\"a\"" + ")".repeat(5_000) + ", \"1\", \"b\", \"2\");"))));
        assertEquals(List.of(), nested.problems());
        assertEquals(List.of("Nested.java:5 CrossSlot"), findings(nested));
    }

    @Test
    void unicodeEscapesAreReadAsJavacReadsThem() {
        AnalysisResult result = analyse(List.of(source("Escapes.java", cluster("Escapes", String.join("\n",
                "        // the rest of this line is code: \\u000a cluster.mset(\"hidden:1\", \"a\", \"hidden:2\", \"b\");",
                "        cluster.\\u006dset(\"escaped:1\", \"a\", \"escaped:2\", \"b\");",
                "        cluster.mset(\"\\u007buser}:1\", \"a\", \"{user}:2\", \"b\");"))),
                source("Lexical.java", cluster("Lexical", "        int x = 1 # 2;"))));
        assertEquals(List.of("Escapes.java:5 CrossSlot", "Escapes.java:6 CrossSlot"), findings(result));
        // columns as the file is written: the hidden call's name after the six characters of \u000a
        assertEquals(List.of(58, 17), result.findings().stream().map(f -> f.location().column()).toList());
        assertEquals(List.of("Lexical.java:5:19 syntax error, file not analysed: Lexical error. Encountered: \"#\""
                + " (35), after : \"\""), problems(result));
    }

    @Test
    void aByteOrderMarkIsNoColumn(@TempDir Path dir) throws IOException {
        String line = "import redis.clients.jedis.JedisCluster; class Bom { void run(JedisCluster c) {"
                + " c.mset(\"bom:1\", \"a\", \"bom:2\", \"b\"); } }\n";
        Path file = dir.resolve("Bom.java");
        Files.write(file, ("\uFEFF" + line).getBytes(StandardCharsets.UTF_8));
        AnalysisResult result = analyse(List.of(SourceFile.onDisk(file, StandardCharsets.UTF_8)));
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.findings().size());
        assertEquals(new dev.slotlint.source.Location(file, 1, line.indexOf("mset") + 1),
                result.findings().get(0).location());
    }

    @Test
    void filesThatCannotBeReadAreNamedWithWhyAndCountedAsNotAnalysed(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Good.java"), GOOD);
        Files.createSymbolicLink(src.resolve("Dangling.java"), src.resolve("Missing.java"));
        Files.createSymbolicLink(src.resolve("Device.java"), Path.of("/dev/null"));
        assumeTrue(new ProcessBuilder("mkfifo", src.resolve("Fifo.java").toString()).start().waitFor() == 0,
                "mkfifo makes a FIFO here");
        Files.writeString(src.resolve("Vanishing.java"), GOOD.replace("Good", "Vanishing"));
        Path fileRoot = Files.writeString(dir.resolve("root.txt"), "not a directory");
        List<Problem> problems = new ArrayList<>();
        List<SourceFile> files = SourceTree.javaFiles(List.of(src, dir.resolve("missing"), fileRoot),
                StandardCharsets.UTF_8, problems);
        Files.delete(src.resolve("Vanishing.java"));
        AnalysisResult result = analyse(files);
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(result.problems());
        all.sort(null);
        assertEquals(List.of(
                "missing:1:1 source root does not exist; nothing read from it",
                "root.txt:1:1 source root is a file, not a directory; nothing read from it",
                "Dangling.java:1:1 symbolic link to " + src.resolve("Missing.java") + ", which does not exist; not read",
                "Device.java:1:1 a character device, not a regular file; not read",
                "Fifo.java:1:1 a FIFO (named pipe), not a regular file; not read",
                "Vanishing.java:1:1 cannot be read: " + src.resolve("Vanishing.java").toAbsolutePath()),
                all.stream().map(p -> p.location().file().getFileName() + ":" + p.location().line() + ":"
                        + p.location().column() + " " + p.message()).toList());
        assertEquals(List.of(src.resolve("Good.java").toAbsolutePath() + ":5 CrossSlot"), findings(result));
        assertEquals("slotlint: 5 files, 1 finding (1 error), 4 files not analysed",
                dev.slotlint.report.ConsoleReport.summary(result));
    }

    @Test
    void aFileTheSystemRefusesToReadIsNotAnalysed(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/mem")), "a file every read of fails (Linux)");
        Files.writeString(dir.resolve("Good.java"), GOOD);
        Files.createSymbolicLink(dir.resolve("Mem.java"), Path.of("/proc/self/mem"));
        List<Problem> problems = new ArrayList<>();
        AnalysisResult result = analyse(SourceTree.javaFiles(List.of(dir), StandardCharsets.UTF_8, problems));
        assertEquals(List.of(), problems);
        assertEquals(List.of("Mem.java:1:1 cannot be read: Input/output error"), problems(result));
        assertEquals(1, result.filesSkipped());
        assertEquals(1, result.findings().size());
    }

    @Test
    void filesLargerThanTheLimitAreNamedWithTheirSizeAndNotRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Good.java"), GOOD);
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(dir.resolve("Sparse.java").toFile(),
                "rw")) {
            sparse.setLength(3L << 30);
        }
        Path big = Files.writeString(dir.resolve("Big.java"), GOOD.replace("Good", "Big") + "//" + "x".repeat(2_000_000));
        String bigSize = String.format(java.util.Locale.ROOT, "%,d", Files.size(big));
        List<Problem> problems = new ArrayList<>();
        AnalysisResult result = analyse(SourceTree.javaFiles(List.of(dir), StandardCharsets.UTF_8, 1L << 20,
                problems));
        assertEquals(List.of(
                "Big.java:1:1 " + bigSize + " bytes (1.9 MB), more than the 1,048,576 bytes (1 MB) slotlint reads"
                        + " (maxFileSize); not analysed",
                "Sparse.java:1:1 3,221,225,472 bytes (3 GB), more than the 1,048,576 bytes (1 MB) slotlint reads"
                        + " (maxFileSize); not analysed"), problems(result));
        assertEquals(List.of(dir.resolve("Good.java").toAbsolutePath() + ":5 CrossSlot"), findings(result));
        assertEquals(2, result.filesSkipped());
        assertEquals(3, result.filesRead());
    }
}

package dev.slotlint.cache;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.client.Library;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.ProjectFacts;
import dev.slotlint.rule.Rule;
import dev.slotlint.rule.RuleContext;
import dev.slotlint.rule.RuleInfo;
import dev.slotlint.rule.Severity;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisCacheTest {

    private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults().withThreads(2)
            .withLibraryVersion(Library.JEDIS, "5.2.0");

    @TempDir
    Path project;
    private Path sources;
    private Path cacheFile;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void writeProject() throws IOException {
        sources = project.resolve("src/main/java/shop");
        Files.createDirectories(sources);
        write("Keys.java", """
                package shop;

                final class Keys {
                    static final String FIRST = "user:101";
                    static final String SECOND = "user:102";
                }
                """);
        write("Cart.java", """
                package shop;

                import redis.clients.jedis.JedisCluster;

                class Cart {
                    private final JedisCluster redis;

                    Cart(JedisCluster redis) {
                        this.redis = redis;
                    }

                    void seed() {
                        redis.mset(Keys.FIRST, "Ada", Keys.SECOND, "Grace");
                    }
                }
                """);
        cacheFile = project.resolve("target/slotlint/cache/analysis.json");
    }

    @Test
    void aSecondRunOverTheSameFilesReadsTheResultBack() {
        AnalysisCache.Outcome first = analyse(SETTINGS);
        assertEquals("slotlint: 0 of 2 files from the analysis cache (no analysis cache yet)", first.describe());
        assertEquals(List.of("CrossSlot Cart.java:13"), findings(first.result()));

        AnalysisCache.Outcome second = analyse(SETTINGS);
        assertEquals("slotlint: 2 of 2 files from the analysis cache", second.describe());
        assertNull(second.why());
        assertEquals(first.result(), second.result());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aConstantEditedInOneFileChangesTheFindingsOfAnother() throws IOException {
        analyse(SETTINGS);
        write("Keys.java", Files.readString(sources.resolve("Keys.java"))
                .replace("\"user:101\"", "\"{user}:101\"").replace("\"user:102\"", "\"{user}:102\""));

        AnalysisCache.Outcome edited = analyse(SETTINGS);
        assertEquals("slotlint: 0 of 2 files from the analysis cache (1 file changed, added or removed)",
                edited.describe());
        assertEquals(List.of(), findings(edited.result()));
        assertEquals(fresh(SETTINGS), edited.result());
    }

    @Test
    void aCommentEditedInOneFileLeavesTheFilesThatUseItAlone() throws IOException {
        analyse(SETTINGS);
        write("Keys.java", Files.readString(sources.resolve("Keys.java"))
                .replace("final class Keys {", "final class Keys { /** The keys of the shop. */ // two users")
                .replace("\"user:102\";", "\"user:102\"; /* the second */") + "\n// the end\n");

        AnalysisCache.Outcome edited = analyse(SETTINGS);
        assertEquals("slotlint: 1 of 2 files from the analysis cache (1 file changed, added or removed)",
                edited.describe());
        assertEquals(List.of("CrossSlot Cart.java:13"), findings(edited.result()));
        assertEquals(fresh(SETTINGS), edited.result());
    }

    @Test
    void aCommentThatMovesCodeToOtherLinesIsAChangeToThemToo() throws IOException {
        analyse(SETTINGS);
        write("Keys.java", Files.readString(sources.resolve("Keys.java"))
                .replace("final class Keys {", "// the keys\nfinal class Keys {"));

        AnalysisCache.Outcome edited = analyse(SETTINGS);
        assertEquals("slotlint: 0 of 2 files from the analysis cache (1 file changed, added or removed)",
                edited.describe());
        assertEquals(fresh(SETTINGS), edited.result());
    }

    @Test
    void aConstantTwoFilesAwayChangesTheFindingsOfEveryFileThatUsesIt() throws IOException {
        write("Prefix.java", """
                package shop;

                final class Prefix {
                    static final String USER = "user:";
                }
                """);
        write("Keys.java", """
                package shop;

                final class Keys {
                    static final String FIRST = Prefix.USER + "101";
                    static final String SECOND = Prefix.USER + "102";
                }
                """);
        write("Wishlist.java", Files.readString(sources.resolve("Cart.java")).replace("Cart", "Wishlist"));
        AnalysisSettings oneThread = SETTINGS.withThreads(1);
        assertEquals(List.of("CrossSlot Cart.java:13", "CrossSlot Wishlist.java:13"),
                findings(analyse(oneThread).result()));
        write("Prefix.java", Files.readString(sources.resolve("Prefix.java")).replace("\"user:\"", "\"{user}:\""));

        AnalysisCache.Outcome edited = analyse(oneThread);
        assertEquals("slotlint: 1 of 4 files from the analysis cache (1 file changed, added or removed)",
                edited.describe(), "Keys.java is not analysed; both files that call Redis read the constants");
        assertEquals(List.of(), findings(edited.result()));
        assertEquals(fresh(oneThread), edited.result());
    }

    @Test
    void aDeletedFileIsAChangeToo() throws IOException {
        analyse(SETTINGS);
        Files.delete(sources.resolve("Keys.java"));

        AnalysisCache.Outcome after = analyse(SETTINGS);
        assertEquals(0, after.filesReused());
        assertEquals(fresh(SETTINGS), after.result());
        assertEquals(1, after.files());
    }

    @Test
    void otherSettingsOrClientVersionsAnalyseEveryFile() {
        analyse(SETTINGS);
        AnalysisCache.Outcome upgraded = analyse(SETTINGS.withLibraryVersion(Library.JEDIS, "6.2.0"));
        assertEquals("slotlint: 0 of 2 files from the analysis cache (other settings or client versions)",
                upgraded.describe());
        assertEquals(fresh(SETTINGS.withLibraryVersion(Library.JEDIS, "6.2.0")), upgraded.result());
        assertTrue(findings(upgraded.result()).contains("CrossSlot Cart.java:13"));
    }

    @Test
    void theThreadCountIsNoReasonToAnalyseAgain() {
        analyse(SETTINGS);
        assertEquals(2, analyse(SETTINGS.withThreads(1)).filesReused());
    }

    @Test
    void anotherSlotlintVersionAnalysesEveryFile() throws IOException {
        analyse(SETTINGS);
        ObjectNode root = (ObjectNode) ResultJson.MAPPER.readTree(cacheFile.toFile());
        Inputs stored = ResultJson.MAPPER.treeToValue(root.get("inputs"), Inputs.class);
        Inputs older = new Inputs("0.0.9 0123", stored.settings(), stored.files());
        root.set("inputs", ResultJson.MAPPER.valueToTree(older));
        root.put("digest", older.digest());
        Files.writeString(cacheFile, root.toString());

        AnalysisCache.Outcome after = analyse(SETTINGS);
        assertEquals("slotlint: 0 of 2 files from the analysis cache (another slotlint version made it)",
                after.describe());
        assertEquals(List.of(), warnings);
        assertEquals(fresh(SETTINGS), after.result());
    }

    @Test
    void aCacheOfAnotherFormatIsAnotherVersionsAndNoWarning() throws IOException {
        analyse(SETTINGS);
        Files.writeString(cacheFile, "{\"format\":\"slotlint-analysis-cache-1\",\"digest\":\"0\",\"files\":{}}");

        AnalysisCache.Outcome after = analyse(SETTINGS);
        assertEquals("slotlint: 0 of 2 files from the analysis cache (another slotlint version made it)",
                after.describe());
        assertEquals(List.of(), warnings);
        assertEquals(fresh(SETTINGS), after.result());
    }

    @Test
    void aCorruptCacheIsWarnedAboutAndEveryFileAnalysed() throws IOException {
        analyse(SETTINGS);
        Files.writeString(cacheFile, "\u0000\u0001 not json at all");

        AnalysisCache.Outcome after = analyse(SETTINGS);
        assertEquals(List.of("slotlint: the analysis cache " + cacheFile + " is not valid JSON at line 1, column 2;"
                + " analysing every file"), warnings);
        assertEquals("the analysis cache could not be used", after.why());
        assertEquals(fresh(SETTINGS), after.result());
        assertEquals(2, analyse(SETTINGS).filesReused(), "the full analysis wrote a good cache again");
    }

    @Test
    void aTruncatedCacheIsWarnedAboutAndEveryFileAnalysed() throws IOException {
        analyse(SETTINGS);
        byte[] whole = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, java.util.Arrays.copyOf(whole, whole.length / 2));

        AnalysisCache.Outcome after = analyse(SETTINGS);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("slotlint: the analysis cache " + cacheFile
                + " is not valid JSON at line 1, column "), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("; analysing every file"), warnings.get(0));
        assertEquals(0, after.filesReused());
        assertEquals(fresh(SETTINGS), after.result());
    }

    @Test
    void aForeignFileIsNotTakenForACache() throws IOException {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "{\"findings\": []}");

        AnalysisCache.Outcome after = analyse(SETTINGS);
        assertEquals(List.of("slotlint: the analysis cache " + cacheFile + " is not a slotlint analysis cache;"
                + " analysing every file"), warnings);
        assertEquals(List.of("CrossSlot Cart.java:13"), findings(after.result()));
    }

    @Test
    void aResultEditedInTheCacheIsNotBelievedWhenItsInputsWereEditedToo() throws IOException {
        analyse(SETTINGS);
        ObjectNode root = (ObjectNode) ResultJson.MAPPER.readTree(cacheFile.toFile());
        ((ObjectNode) root.get("inputs")).put("settings", "clusterReady true\n");
        Files.writeString(cacheFile, root.toString());

        AnalysisCache.Outcome after = analyse(SETTINGS);
        assertEquals(List.of("slotlint: the analysis cache " + cacheFile + " is damaged: its inputs do not match"
                + " their digest; analysing every file"), warnings);
        assertEquals(fresh(SETTINGS), after.result());
    }

    @Test
    void aDamagedResultIsWarnedAbout() throws IOException {
        analyse(SETTINGS);
        ObjectNode root = (ObjectNode) ResultJson.MAPPER.readTree(cacheFile.toFile());
        ((ObjectNode) root.get("result")).put("filesRead", "many");
        Files.writeString(cacheFile, root.toString());

        AnalysisCache.Outcome after = analyse(SETTINGS);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("slotlint: the analysis cache " + cacheFile + " is damaged: "),
                warnings.get(0));
        assertEquals(fresh(SETTINGS), after.result());
    }

    @Test
    void writingLeavesOnlyTheCacheFile() throws IOException {
        analyse(SETTINGS);
        analyse(SETTINGS.withLibraryVersion(Library.JEDIS, "6.2.0"));
        try (Stream<Path> files = Files.list(cacheFile.getParent())) {
            assertEquals(List.of(cacheFile), files.toList());
        }
    }

    @Test
    void aCacheThatCannotBeWrittenIsWarnedAboutAndTheResultStillGiven() throws IOException {
        Files.createDirectories(cacheFile.getParent().getParent());
        Files.writeString(cacheFile.getParent(), "a file where the cache directory should be");

        AnalysisCache.Outcome outcome = analyse(SETTINGS);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("slotlint: the analysis cache " + cacheFile + " cannot be written: "),
                warnings.get(0));
        assertEquals(fresh(SETTINGS), outcome.result());
    }

    @Test
    void aFileWrittenWhileTheAnalysisRunsKeepsItsResultOutOfTheCache() throws IOException {
        Path keys = sources.resolve("Keys.java");
        AnalysisSettings saving = SETTINGS.withRules(List.of(new SavesAFileMidway(keys)));

        new AnalysisCache(cacheFile, warnings::add).analyze(saving, javaFiles(), List.of());
        assertFalse(Files.exists(cacheFile), "a result computed from files that changed meanwhile was kept");
        assertEquals(List.of(), warnings);
    }

    /** Stands for an editor saving a file while the build analyses it: a text of the same size, a moment later. */
    @RuleInfo(id = "SavesAFileMidway", severity = Severity.INFO, summary = "-", explanation = "-", fix = "-")
    private record SavesAFileMidway(Path file) implements Rule {

        @Override
        public void visitProject(ProjectFacts project, RuleContext context) {
            try {
                long modified = Files.getLastModifiedTime(file).toMillis();
                Files.writeString(file, Files.readString(file).replace("user:102", "user:103"));
                Files.setLastModifiedTime(file, FileTime.fromMillis(modified + 2_000));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private AnalysisCache.Outcome analyse(AnalysisSettings settings) {
        return new AnalysisCache(cacheFile, warnings::add).analyze(settings, javaFiles(), List.of());
    }

    private AnalysisResult fresh(AnalysisSettings settings) {
        return new Analyzer(settings).analyze(javaFiles(), List.of());
    }

    private List<SourceFile> javaFiles() {
        List<Problem> problems = new ArrayList<>();
        return SourceTree.javaFiles(List.of(project.resolve("src/main/java")), StandardCharsets.UTF_8, problems);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(sources.resolve(name), text);
    }

    private static List<String> findings(AnalysisResult result) {
        return result.findings().stream().map(AnalysisCacheTest::describe).toList();
    }

    private static String describe(Finding finding) {
        return finding.ruleId() + " " + finding.location().file().getFileName() + ":" + finding.location().line();
    }
}

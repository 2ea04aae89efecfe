package dev.slotlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.key.UnknownParts;
import dev.slotlint.rule.Rules;
import dev.slotlint.source.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the project's own text can do to the reports: keys and file names holding what no UTF-8 file or XML document
 * can hold, names that would print as lines of their own, keys of any size, calls of 100,000 keys. Every report is
 * still written, reads back, and stays of a readable size.
 */
class HostileOutputTest {

    private static final Path BASE = Path.of("/project");

    private static AnalysisResult analyse(Path file, String body) {
        String text = "import redis.clients.jedis.JedisCluster;\n\nclass Evil {\n    void run(JedisCluster cluster) {\n"
                + body + "\n    }\n}\n";
        return new Analyzer(AnalysisSettings.defaults()).analyze(List.of(SourceFile.inMemory(file, text)));
    }

    private static Path file(String name) {
        return BASE.resolve("src/main/java/evil").resolve(name);
    }

    @Test
    void keysNoUtf8FileCanHoldReachEveryReportEscaped(@TempDir Path dir) throws Exception {
        Path file = file("Evil.java");
        AnalysisResult result = analyse(file, String.join("\n",
                "        cluster.mset(\"\\uD800:a\", \"1\", \"b\", \"2\");",
                "        cluster.mset(\"\\uFFFF:a\", \"1\", \"\\u001b[31m\\u202e\", \"2\");"));
        assertEquals(2, result.findings().size());
        assertTrue(result.findings().get(0).message().startsWith("MSET keys \"\\ud800:a\" (slot "),
                result.findings().get(0).message());
        assertTrue(result.findings().get(1).message().startsWith("MSET keys \"\\uffff:a\" (slot "),
                result.findings().get(1).message());
        assertTrue(result.findings().get(1).message().contains(" and \"\\u001b[31m\\u202e\" (slot "));

        Path html = dir.resolve("slotlint.html");
        new HtmlReport(p -> List.of(), UnknownParts.PLAIN).write(result, "evil", BASE, Rules.all(), html);
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertTrue(page.select("#findings article ul li code").eachText().contains("\"\\ud800:a\" (slot "
                + dev.slotlint.slot.HashSlot.of("\uD800:a") + ")"), page.select("#findings code").eachText().toString());

        Path sarif = dir.resolve("slotlint.sarif");
        new SarifReport().write(result, BASE, Rules.all(), "1.0", sarif);
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertEquals(result.findings().get(0).message(), log.at("/runs/0/results/0/message/text").asText());

        Path baseline = dir.resolve("slotlint-baseline.xml");
        Baseline.write(result.findings(), BASE, baseline);
        AnalysisResult again = Baseline.read(baseline).apply(result, BASE);
        assertEquals(List.of(), again.findings());
        assertEquals(2, again.baselined());
    }

    @Test
    void aBaselineHoldsWhatXmlCannotAndReadsItBack(@TempDir Path dir) throws Exception {
        // U+FFFF in a key, an escape character and a line break in the file name, a backslash that must stay one
        Path file = file("Esc\u001b[2J\nnew\\line.java");
        AnalysisResult result = analyse(file, String.join("\n",
                "        cluster.mset(\"\\uFFFF:a\", \"1\", \"b\\\\u0041\\r\\n\", \"2\");",
                "        cluster.mset(\"plain:1\", \"1\", \"plain:2\", \"2\");"));
        assertEquals(2, result.findings().size());
        Path baseline = dir.resolve("slotlint-baseline.xml");
        Baseline.write(result.findings(), BASE, baseline);
        String xml = Files.readString(baseline, StandardCharsets.UTF_8);
        assertTrue(xml.contains("escaped=\"true\""), xml);
        // the path as every report writes it, relative and with forward slashes; escaped, as XML cannot hold it
        assertTrue(xml.contains("file=\"src/main/java/evil/Esc\\u001b[2J\\u000anew/line.java\""), xml);
        assertTrue(xml.contains("<key>\"b\\\\\\\\u0041\\\\r\\\\n\" (slot "), xml);
        assertFalse(xml.contains("\u001b"), "no character XML 1.0 forbids");
        assertEquals(2, Baseline.read(baseline).size());
        AnalysisResult again = Baseline.read(baseline).apply(result, BASE);
        assertEquals(List.of(), again.findings());
        assertEquals(2, again.baselined());
    }

    @Test
    void aFileNameCannotForgeALineOfTheLog() {
        Path file = file("Evil\n[ERROR] forged.java");
        AnalysisResult result = analyse(file, "        cluster.mset(\"evil:1\", \"a\", \"evil:2\", \"b\");");
        String line = ConsoleReport.line(result.findings().get(0));
        assertEquals("/project/src/main/java/evil/Evil\\u000a[ERROR] forged.java:[5,17] [CrossSlot] MSET keys"
                + " \"evil:1\"", line.substring(0, line.indexOf(" (slot")));
        assertFalse(line.contains("\n"));
        assertEquals("/x/a\\u000d\\u001b\\u2028b.java:[1,1] [slotlint] cannot be read: a\\u000ab",
                ConsoleReport.line(new dev.slotlint.source.Problem(new dev.slotlint.source.Location(
                        Path.of("/x/a\r\u001b\u2028b.java"), 1, 1), "cannot be read: a\nb")));
    }

    @Test
    void sarifLocationsArePercentEncodedUris() throws Exception {
        Path file = file("a b#c%d/É\nx.java");
        AnalysisResult result = analyse(file, "        cluster.mset(\"evil:1\", \"a\", \"evil:2\", \"b\");");
        String sarif = new SarifReport().render(result, BASE, Rules.all(), "1.0");
        JsonNode log = new ObjectMapper().readTree(sarif);
        String uri = log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertEquals("src/main/java/evil/a%20b%23c%25d/%C3%89%0Ax.java", uri);
        URI base = URI.create(log.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText());
        assertEquals(file, Path.of(base.resolve(new URI(uri))));
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertEquals(Set.of(), schema.validate(log));
        // a file outside the project directory is named by its absolute URI
        AnalysisResult outside = analyse(Path.of("/elsewhere/O ut.java"),
                "        cluster.mset(\"evil:1\", \"a\", \"evil:2\", \"b\");");
        JsonNode other = new ObjectMapper().readTree(new SarifReport().render(outside, BASE, Rules.all(), "1.0"));
        assertEquals("file:///elsewhere/O%20ut.java",
                other.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void hugeKeysAndHugeCallsGiveReportsOfAReadableSize(@TempDir Path dir) throws Exception {
        StringBuilder keys = new StringBuilder("        cluster.del(\"" + "k".repeat(16_000) + "\"");
        for (int i = 0; i < 100_000; i++) {
            keys.append(", \"user:").append(i).append('"');
        }
        Path file = file("Huge.java");
        AnalysisResult result = analyse(file, keys.append(");").toString());
        assertEquals(1, result.findings().size());
        String message = result.findings().get(0).message();
        assertTrue(message.startsWith("DEL keys \"" + "k".repeat(106) + "…" + "k".repeat(40) + "\" (16,000 characters,"
                + " slot " + dev.slotlint.slot.HashSlot.of("k".repeat(16_000)) + "), \"user:0\" (slot 14907)"), message);
        assertTrue(message.length() < 1_000, message);

        Path html = dir.resolve("slotlint.html");
        new HtmlReport(p -> List.of(), UnknownParts.PLAIN).write(result, "huge", BASE, Rules.all(), html);
        assertTrue(Files.size(html) < 1_000_000, Files.size(html) + " bytes");
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        List<String> listed = page.select("#findings article ul li").eachText();
        assertEquals(51, listed.size());
        assertEquals("and 99,951 more keys", listed.get(50));
        assertTrue(page.select("#keys").text().contains("and 99,001 more key families"), page.select("#keys > p")
                .text());

        Path baseline = dir.resolve("slotlint-baseline.xml");
        Baseline.write(result.findings(), BASE, baseline);
        assertTrue(Files.size(baseline) < 20_000, Files.size(baseline) + " bytes");
        assertTrue(Files.readString(baseline).contains("<key>100,001 keys, SHA-256 "));
        assertEquals(List.of(), Baseline.read(baseline).apply(result, BASE).findings());
        assertTrue(new SarifReport().render(result, BASE, Rules.all(), "1.0").length() < 100_000);
    }

    @Test
    void aLineOfCodeOfMegabytesIsShownAroundItsFinding() {
        String line = "x".repeat(1_000_000) + "cluster.mset(\"a\", \"1\", \"b\", \"2\");" + "y".repeat(1_000_000);
        String shown = HtmlReport.shownLine(line, 1_000_009);
        assertTrue(shown.startsWith("…xxx"), shown.substring(0, 10));
        assertTrue(shown.contains("cluster.mset(\"a\""));
        assertTrue(shown.endsWith("yyy… (line of 2,000,033 characters)"), shown);
        assertTrue(shown.length() < 500);
    }
}

package dev.slotlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.key.UnknownParts;
import dev.slotlint.rule.Rules;
import dev.slotlint.source.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report parsed back, the SARIF checked against the official schema, the baseline round-tripped. */
class ReportsTest {

    private static final Path BASE = Path.of("/project");
    private static final String SHOP = """
            package shop;

            import redis.clients.jedis.JedisCluster;

            class Shop {
                void run(JedisCluster redis, String id) {
                    redis.mset("user:101", "a", "user:102", "b");
                    redis.mget("{user:" + id + "}:name", "{user:" + id + "}:email");
                    redis.del("<script>alert(1)</script>", "{x}b");
                    redis.mget("{cart}:1", "{cart}:2");
                }
            }
            """;

    private static AnalysisResult result;
    private static Map<Path, List<String>> sources;

    @BeforeAll
    static void analyse() {
        Path file = BASE.resolve("src/main/java/shop/Shop.java");
        sources = Map.of(file, List.of(SHOP.split("\n", -1)));
        result = new Analyzer(AnalysisSettings.defaults()).analyze(List.of(SourceFile.inMemory(file, SHOP)));
    }

    private static String html() {
        return new HtmlReport(p -> sources.getOrDefault(p, List.of()), UnknownParts.PLAIN)
                .render(result, "shop <demo>", BASE, Rules.all());
    }

    @Test
    void htmlHasTheSummaryEachFindingWithItsCodeAndTheKeyInventory() {
        Document page = Jsoup.parse(html());
        assertEquals("slotlint report: shop <demo>", page.title());
        assertEquals("width=device-width, initial-scale=1", page.selectFirst("meta[name=viewport]").attr("content"));
        assertTrue(page.select("script, link, img, iframe").isEmpty(), "the report must not load anything");
        Element summary = page.getElementById("summary");
        assertTrue(summary.text().contains("2 errors"), summary.text());
        assertTrue(summary.text().contains("Topology: unknown no Redis configuration found"), summary.text());

        List<Element> findings = page.select("#findings article");
        assertEquals(2, findings.size());
        Element first = findings.get(0);
        assertEquals("ERROR CrossSlot · src/main/java/shop/Shop.java:7:15", first.selectFirst("h3").text());
        assertEquals("redis.mset(\"user:101\", \"a\", \"user:102\", \"b\");",
                first.selectFirst("pre.source span.hit").ownText().strip());
        assertEquals(List.of("\"user:101\" (slot 13437)", "\"user:102\" (slot 1054)"),
                first.select("ul li code").eachText());
        assertTrue(first.selectFirst("details").text().contains("CROSSSLOT Keys in request"));

        Map<String, List<String>> inventory = page.select("#keys table tr").stream().skip(1)
                .collect(Collectors.toMap(row -> row.child(0).text(), row -> row.children().eachText()));
        assertEquals(List.of("user:101", "(whole key)", "13437", "MSET", "src/main/java/shop/Shop.java:7"),
                inventory.get("user:101"));
        assertEquals(List.of("{user:‹id›}:name", "user:‹id›", "–", "MGET", "src/main/java/shop/Shop.java:8"),
                inventory.get("{user:‹id›}:name"));
        Set<String> shared = Set.copyOf(page.select("#keys ul li").eachText());
        assertTrue(shared.contains("slot 16287: {x}b {cart}:1 {cart}:2") || shared.stream()
                .anyMatch(s -> s.startsWith("hash tag user:‹id›")), shared.toString());
        assertTrue(shared.contains("hash tag user:‹id›: {user:‹id›}:email {user:‹id›}:name"), shared.toString());
    }

    @Test
    void theSitePageHoldsTheStandaloneReportWithItsStyleConfined() {
        HtmlReport report = new HtmlReport(p -> sources.getOrDefault(p, List.of()), UnknownParts.PLAIN);
        Document standalone = Jsoup.parse(report.render(result, "shop", BASE, Rules.all()));
        Document site = Jsoup.parseBodyFragment(report.renderFragment(result, "shop", BASE, Rules.all()));
        Element container = site.selectFirst("div.slotlint");
        for (String section : List.of("summary", "findings", "keys", "rules")) {
            assertEquals(standalone.getElementById(section).outerHtml(), container.getElementById(section).outerHtml());
        }
        String style = site.selectFirst("style").data();
        for (String rule : style.split("\n")) {
            for (String selector : rule.substring(0, rule.indexOf('{')).split(",")) {
                assertTrue(selector.startsWith(".slotlint"), selector + " would restyle the page around the report");
            }
        }
        assertTrue(style.contains(".slotlint pre.source span.hit{background:#fff1b8}"), style);
    }

    @Test
    void everyStringFromTheCodeIsEscaped() {
        String html = html();
        assertFalse(html.contains("<script>"), "a key from the code reached the page unescaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Document page = Jsoup.parse(html);
        assertTrue(page.select("#keys code").eachText().contains("<script>alert(1)</script>"));
        assertEquals("slotlint report: shop <demo>", page.title());
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws Exception {
        String sarif = new SarifReport().render(result, BASE, Rules.all(), "1.2.3");
        JsonNode log = new ObjectMapper().readTree(sarif);
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(log);
        assertEquals(Set.of(), errors);

        JsonNode run = log.get("runs").get(0);
        assertEquals("slotlint", run.at("/tool/driver/name").asText());
        assertEquals(Rules.all().size(), run.at("/tool/driver/rules").size());
        JsonNode crossSlot = run.at("/tool/driver/rules/0");
        assertEquals("CrossSlot", crossSlot.get("id").asText());
        assertEquals("error", crossSlot.at("/defaultConfiguration/level").asText());
        assertFalse(crossSlot.at("/help/text").asText().isEmpty());
        assertEquals("Cross slot", crossSlot.get("name").asText());
        assertEquals("https://slotlint.dev/rules/CrossSlot", crossSlot.get("helpUri").asText());
        assertTrue(crossSlot.at("/help/markdown").asText().startsWith(
                "**Multi-key command whose keys hash to different cluster slots**\n\n"), crossSlot.toString());
        assertTrue(crossSlot.at("/help/markdown").asText().endsWith(
                "[CrossSlot in the slotlint documentation](https://slotlint.dev/rules/CrossSlot)"));
        assertEquals("https://slotlint.dev/", run.at("/tool/driver/informationUri").asText());
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            assertNotEquals(rule.get("id").asText(), rule.get("name").asText());
        }
        Set<String> fingerprints = new java.util.HashSet<>();
        run.at("/results").forEach(r -> fingerprints.add(r.at("/partialFingerprints/slotlintIdentity~1v2").asText()));
        assertEquals(run.at("/results").size(), fingerprints.size(), "every result has its own fingerprint");
        JsonNode first = run.at("/results/0");
        assertEquals("CrossSlot", first.get("ruleId").asText());
        assertEquals("error", first.get("level").asText());
        assertEquals("src/main/java/shop/Shop.java", first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", first.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
        assertEquals(7, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(15, first.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals("file:///project/", run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
    }

    @Test
    void baselineAcceptsKnownFindingsWhereverTheyMove(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("slotlint-baseline.xml");
        Baseline.write(result.findings(), BASE, file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("<finding command=\"MSET\" file=\"src/main/java/shop/Shop.java\" in=\"shop.Shop#run\""
                + " rule=\"CrossSlot\">"), xml);
        assertTrue(xml.contains("<key>\"user:101\" (slot 13437)</key>"), xml);

        Path moved = BASE.resolve("src/main/java/shop/Shop.java");
        String shifted = SHOP.replace("class Shop {", "class Shop {\n\n    // a new comment moves every line\n")
                .replace("redis.mget(\"{cart}:1\", \"{cart}:2\");", "redis.mget(\"{cart}:1\", \"{cart}:2\");\n"
                        + "        redis.del(\"new:1\", \"new:2\");");
        AnalysisResult later = new Analyzer(AnalysisSettings.defaults())
                .analyze(List.of(SourceFile.inMemory(moved, shifted)));
        AnalysisResult filtered = Baseline.read(file).apply(later, BASE);
        assertEquals(2, filtered.baselined());
        assertEquals(1, filtered.findings().size());
        assertTrue(filtered.findings().get(0).message().startsWith("DEL keys \"new:1\""));
    }
}

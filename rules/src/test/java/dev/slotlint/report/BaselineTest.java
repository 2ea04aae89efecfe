package dev.slotlint.report;

import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.client.Library;
import dev.slotlint.rule.Finding;
import dev.slotlint.slot.HashSlot;
import dev.slotlint.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A baseline identifies a finding by rule, file, type and member, command and keys: it survives client upgrades
 * (which change the messages), edits that move lines, and rewording; a new finding in the same place still counts.
 */
class BaselineTest {

    private static final Path BASE = Path.of("/project");
    private static final Path FILE = BASE.resolve("src/main/java/shop/Orders.java");
    private static final String ORDERS = """
            package shop;

            import redis.clients.jedis.JedisCluster;

            class Orders {
                private final JedisCluster redis;

                Orders(JedisCluster redis) {
                    this.redis = redis;
                }

                void checkout() {
                    redis.mset("order:1", "a", "order:2", "b");
                    redis.multi();
                }

                class Archive {
                    void move() {
                        redis.rename("order:1", "archive:1");
                    }
                }
            }
            """;

    private static AnalysisResult analyse(String source, String jedisVersion) {
        AnalysisSettings settings = AnalysisSettings.defaults().withLibraryVersion(Library.JEDIS, jedisVersion);
        return new Analyzer(settings).analyze(List.of(SourceFile.inMemory(FILE, source)));
    }

    @Test
    void findingsArePlacedInTheirTypeAndMemberWithTheirCommand() {
        List<Finding> findings = analyse(ORDERS, "5.2.0").findings();
        assertEquals(List.of("CrossSlot shop.Orders#checkout MSET", "UnsupportedOnCluster shop.Orders#checkout multi",
                        "CrossSlot shop.Orders.Archive#move RENAME"),
                findings.stream().map(f -> f.ruleId() + " " + f.enclosing() + " " + f.command()).toList());
    }

    @Test
    void acceptedFindingsStayAcceptedAcrossAClientUpgradeAndMovedLines(@TempDir Path dir) throws Exception {
        AnalysisResult before = analyse(ORDERS, "5.2.0");
        Path baseline = dir.resolve("slotlint-baseline.xml");
        Baseline.write(before.findings(), BASE, baseline);
        String xml = Files.readString(baseline);
        assertTrue(xml.contains("<slotlint-baseline version=\"2\">"), xml);
        assertTrue(xml.contains("<finding command=\"multi\" file=\"src/main/java/shop/Orders.java\""
                + " in=\"shop.Orders#checkout\" rule=\"UnsupportedOnCluster\">"), xml);

        String edited = ORDERS.replace("class Orders {", "class Orders {\n    // moved down by two lines\n")
                .replace("redis.multi();", "redis.multi();\n        redis.del(\"order:1\", \"order:3\");");
        AnalysisResult after = analyse(edited, "8.0.2");
        Finding multi = after.findings().stream().filter(f -> f.ruleId().equals("UnsupportedOnCluster")).findFirst()
                .orElseThrow();
        Finding original = before.findings().stream().filter(f -> f.ruleId().equals("UnsupportedOnCluster"))
                .findFirst().orElseThrow();
        assertNotEquals(original.message(), multi.message(), "the upgrade should change the message");
        assertNotEquals(original.location().line(), multi.location().line(), "the edit should move the line");

        AnalysisResult judged = Baseline.read(baseline).apply(after, BASE);
        assertEquals(3, judged.baselined());
        assertEquals(List.of("CrossSlot shop.Orders#checkout DEL"),
                judged.findings().stream().map(f -> f.ruleId() + " " + f.enclosing() + " " + f.command()).toList());
    }

    @Test
    void theSameFindingInAnotherMethodIsNew(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("slotlint-baseline.xml");
        Baseline.write(analyse(ORDERS, "5.2.0").findings(), BASE, baseline);
        String copied = ORDERS.replace("    class Archive {", """
                    void retry() {
                        redis.multi();
                    }

                    class Archive {""");
        AnalysisResult judged = Baseline.read(baseline).apply(analyse(copied, "5.2.0"), BASE);
        assertEquals(List.of("UnsupportedOnCluster shop.Orders#retry"),
                judged.findings().stream().map(f -> f.ruleId() + " " + f.enclosing()).toList());
    }

    @Test
    void aBaselineOfTheFirstFormatIsStillApplied(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("slotlint-baseline.xml");
        Files.writeString(baseline, """
                <?xml version="1.0" encoding="UTF-8"?>
                <slotlint-baseline version="1">
                  <finding file="src/main/java/shop/Orders.java" rule="CrossSlot">
                    <key>"order:1" (slot %d)</key>
                    <key>"order:2" (slot %d)</key>
                  </finding>
                </slotlint-baseline>
                """.formatted(HashSlot.of("order:1"), HashSlot.of("order:2")));
        Baseline read = Baseline.read(baseline);
        assertEquals(1, read.version());
        AnalysisResult judged = read.apply(analyse(ORDERS, "5.2.0"), BASE);
        assertEquals(1, judged.baselined());
        assertEquals(List.of("shop.Orders#checkout multi", "shop.Orders.Archive#move RENAME"),
                judged.findings().stream().map(f -> f.enclosing() + " " + f.command()).toList());
    }

    @Test
    void configurationFindingsAreKnownByTheirSetting() {
        Path yaml = BASE.resolve("src/main/resources/application.yml");
        AnalysisResult result = new Analyzer(AnalysisSettings.defaults()).analyze(List.of(), List.of(
                SourceFile.inMemory(yaml, "spring:\n  data:\n    redis:\n      cluster:\n        nodes: h1:7000\n")));
        assertEquals(List.of("TooFewSeedNodes spring.data.redis.cluster.nodes"),
                result.findings().stream().map(f -> f.ruleId() + " " + f.enclosing()).toList());
    }
}

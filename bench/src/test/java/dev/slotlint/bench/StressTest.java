package dev.slotlint.bench;

import org.junit.jupiter.api.Test;
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
 * The stress project (every hostile input of the largest size at once, beside healthy code) analysed in a JVM of its
 * own with {@code -Xmx256m}: it must finish in under a minute, name every hostile input, and keep every finding the
 * healthy code deserves.
 */
class StressTest {

    @Test
    void theLargestHostileInputsAtOnceFinishUnderAQuarterGigabyteInUnderAMinute(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Stress.class.getName(), dir.resolve("stress").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "still running after 3 minutes");
        List<String> out = Files.readAllLines(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        String all = String.join("\n", out);
        assertEquals(0, process.exitValue(), all);
        System.out.println(out.stream().filter(line -> line.startsWith("STRESS") || line.startsWith("REPORTS")
                || line.startsWith("slotlint:")).toList());

        String stress = line(out, "STRESS ");
        double seconds = Double.parseDouble(stress.replaceFirst("^STRESS seconds=([0-9.]+) .*", "$1"));
        assertTrue(seconds < 60, stress);
        assertTrue(stress.endsWith(" max=256MB") || stress.matches(".* max=2[45]\\dMB"), stress);

        assertEquals("TOPOLOGY CLUSTER application.properties:1 (spring.data.redis.cluster.nodes)", line(out, "TOPOLOGY"));
        List<String> skipped = out.stream().filter(l -> l.startsWith("SKIPPED ")).toList();
        List<String> warnings = new ArrayList<>(List.of(
                // a 10 MB redis.conf is read where the heap allows it (a 200th of the heap: 1.3 MB here)
                "redis.conf:[1,1] [slotlint] 10,088,920 bytes (9.6 MB), more than the",
                "src/file-root:[1,1] [slotlint] source root is a file, not a directory; nothing read from it",
                "src/main/java/stress/Big.java:[1,1] [slotlint] 54,488,920 bytes (52.0 MB), more than the",
                "src/main/java/stress/Dangling.java:[1,1] [slotlint] symbolic link to ",
                "src/main/java/stress/Device.java:[1,1] [slotlint] a character device, not a regular file; not read",
                "src/main/java/stress/Fifo.java:[1,1] [slotlint] a FIFO (named pipe), not a regular file; not read",
                "src/main/java/stress/Formats.java:[7,22] [slotlint] formats argument 99,999,999,999",
                "src/main/java/stress/Formats.java:[8,22] [slotlint] builds a value of 2,147,483,647 characters",
                "src/main/java/stress/Formats.java:[9,22] [slotlint] builds a value of 999,999,999 characters",
                "src/main/java/stress/Formats.java:[10,22] [slotlint] builds a value of 4,294,967,294 characters",
                "src/main/java/stress/Formats.java:[11,22] [slotlint] builds a value of 400,000,000 characters",
                "src/main/java/stress/Huge.java:[1,1] [slotlint] 5,000,867 bytes (4.8 MB), more than the",
                "src/main/java/stress/Lexical.java:[7,19] [slotlint] syntax error, file not analysed: Lexical error.",
                "src/main/java/stress/Parens.java:[7,1] [slotlint] nested more than 10,000 deep",
                "src/main/java/stress/Sparse.java:[1,1] [slotlint] 3,221,225,472 bytes (3 GB), more than the",
                "src/main/java/stress/Unreadable.java:[1,1] [slotlint] cannot be read: ",
                "src/main/resources/application-big.yml:[1,1] [slotlint] 24,388,948 bytes (23.3 MB), more than the",
                "src/main/resources/application-bomb.yml:[2,1] [slotlint] aliases repeat more than 100,000 values",
                "src/missing:[1,1] [slotlint] source root does not exist; nothing read from it"));
        warnings.removeIf(w -> skipped.stream().anyMatch(s -> w.contains("/" + s.split(" ")[1] + ":")));
        String base = dir.resolve("stress").toRealPath() + "/";
        List<String> printed = out.stream().filter(l -> l.startsWith("[WARNING] ")).map(l -> l.substring(10)).toList();
        assertEquals(warnings.size(), printed.size(), all);
        for (int i = 0; i < warnings.size(); i++) {
            assertTrue(printed.get(i).startsWith(base + warnings.get(i)), printed.get(i) + "\nexpected " + warnings.get(i));
        }

        List<String> findings = out.stream().filter(l -> l.startsWith("[ERROR] ") || l.startsWith("[WARNING] ")
                && !l.contains("[slotlint]")).map(l -> l.substring(l.indexOf(base) + base.length(),
                l.indexOf("] [") + 1) + " " + l.substring(l.indexOf("] [") + 3, l.indexOf("] ", l.indexOf("] [") + 3)))
                .toList();
        assertEquals(List.of(
                "src/main/java/stress/Append.java:[8,17] CrossSlot",
                "src/main/java/stress/Bom.java:[1,99] CrossSlot",
                "src/main/java/stress/Concat.java:[8,17] CrossSlot",
                "src/main/java/stress/Escapes.java:[7,37] CrossSlot",
                "src/main/java/stress/Escapes.java:[8,17] CrossSlot",
                "src/main/java/stress/Evil\\u000a[ERROR] forged.java:[7,17] CrossSlot",
                "src/main/java/stress/Formats.java:[12,17] CrossSlot",
                "src/main/java/stress/Good.java:[7,17] CrossSlot",
                "src/main/java/stress/Keys.java:[7,17] CrossSlot",
                "src/main/java/stress/Surrogate.java:[7,17] CrossSlot",
                "src/main/java/stress/Surrogate.java:[8,17] CrossSlot",
                "src/main/java/stress/Ternaries.java:[8,17] CrossSlot",
                "src/main/java/stress/Ternaries.java:[10,17] CrossSlot"), findings);
        assertEquals("BASELINE 0 left of 13", line(out, "BASELINE"));
        String reports = line(out, "REPORTS");
        long html = Long.parseLong(reports.replaceFirst("^REPORTS html=(\\d+) .*", "$1"));
        assertTrue(html < 2_000_000, reports);
    }

    private static String line(List<String> out, String prefix) throws IOException {
        return out.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IOException("no line " + prefix + " in\n" + String.join("\n", out)));
    }
}

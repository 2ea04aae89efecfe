package dev.slotlint.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.cache.AnalysisCache;
import dev.slotlint.rule.Finding;
import dev.slotlint.source.Parallel;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One measurement, run in a JVM of its own so that each starts from the same state: warm-up passes over the corpus
 * for at least forty seconds (one pass at least: on the 2,500-file generated corpus slotlint's passes get faster for
 * about thirty seconds, as the JIT compiles more of its code, which is larger than the parser's), then three timed
 * passes. Prints one {@code RESULT} line: the median time, the time of the first pass (what a single run in a fresh
 * JVM costs, the JIT's work included), files, the most heap in use during the timed passes, and for slotlint a
 * digest of its findings in report order (every pass must give the same).
 * <pre>Measure parse|slotlint|cold-cache|unchanged|one-file|one-file-code|pmd THREADS DIR...</pre>
 * {@code cold-cache} is slotlint writing its analysis cache afresh; {@code unchanged} is slotlint with its analysis
 * cache over files that did not change since the cache was written; {@code one-file} the same after one file that
 * calls Redis changed (a comment added, so that the findings stay); {@code one-file-code} after a change to its code
 * (an empty class added), which the files that use it are analysed again for.
 */
public final class Measure {

    private Measure() {
    }

    /** Timed passes after the warm-up; the median is reported. */
    static final int PASSES = 3;

    /** How long the warm-up passes run, at least. */
    private static final long WARM_UP_NANOS = 40_000_000_000L;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int threads = Integer.parseInt(args[1]);
        List<Path> roots = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        long warmUpStart = System.nanoTime();
        Outcome warmUp = run(mode, threads, roots);
        long firstMillis = (System.nanoTime() - warmUpStart) / 1_000_000;
        while (System.nanoTime() - warmUpStart < WARM_UP_NANOS) {
            if (!run(mode, threads, roots).digest().equals(warmUp.digest())) {
                throw new IllegalStateException("two passes over the same corpus gave different results");
            }
        }
        HeapWatch heap = HeapWatch.start();
        long[] millis = new long[PASSES];
        Outcome outcome = null;
        for (int pass = 0; pass < PASSES; pass++) {
            long start = System.nanoTime();
            outcome = run(mode, threads, roots);
            millis[pass] = (System.nanoTime() - start) / 1_000_000;
            if (!outcome.digest().equals(warmUp.digest())) {
                throw new IllegalStateException("two passes over the same corpus gave different results");
            }
        }
        if (edited != null) {
            Files.write(edited, original);
        }
        java.util.Arrays.sort(millis);
        System.out.printf("RESULT mode=%s threads=%d millis=%d first=%d files=%d peakMb=%d findings=%d digest=%s%n",
                mode, threads, millis[PASSES / 2], firstMillis, outcome.files(), heap.stop() >> 20,
                outcome.findings(), outcome.digest());
    }

    /** The most heap in use at any moment, sampled every few milliseconds. */
    static final class HeapWatch implements Runnable {

        private volatile boolean running = true;
        private long peak;
        private final Thread thread = new Thread(this, "heap-watch");

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }
    }

    /** What a pass did: files handled, findings (slotlint, PMD) and a digest of them. */
    record Outcome(int files, int findings, String digest) {
    }

    static Outcome run(String mode, int threads, List<Path> roots) throws IOException {
        return switch (mode) {
            case "parse" -> parse(roots, threads);
            case "slotlint" -> slotlint(roots, threads);
            case "cold-cache" -> cached(roots, threads, Change.EVERYTHING);
            case "unchanged" -> cached(roots, threads, Change.NOTHING);
            case "one-file" -> cached(roots, threads, Change.ONE_FILE);
            case "one-file-code" -> cached(roots, threads, Change.ONE_FILE_CODE);
            case "pmd" -> pmd(roots, threads);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
    }

    /**
     * Plain JavaParser: read and parse every file with the default configuration at the newest language level, on
     * this many threads (one parser each): what parsing alone costs, and how far it scales on this machine.
     */
    private static Outcome parse(List<Path> roots, int threads) throws IOException {
        List<Path> files = Corpus.javaFiles(roots);
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE)));
        List<Boolean> parsed = Parallel.map(files, threads, file -> {
            try {
                return parsers.get().parse(Files.readString(file, StandardCharsets.UTF_8)).isSuccessful();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long failed = parsed.stream().filter(ok -> !ok).count();
        return new Outcome(files.size(), (int) failed, "parse-failures:" + failed);
    }

    /** slotlint's full analysis with every rule, as the Maven goal runs it. */
    private static Outcome slotlint(List<Path> roots, int threads) {
        List<Problem> problems = new ArrayList<>();
        List<SourceFile> files = SourceTree.javaFiles(roots, StandardCharsets.UTF_8, problems);
        return outcome(new Analyzer(AnalysisSettings.defaults().withThreads(threads)).analyze(files));
    }

    private static Outcome outcome(AnalysisResult result) {
        MessageDigest digest = sha256();
        for (Finding finding : result.findings()) {
            digest.update((finding.ruleId() + finding.location() + finding.message() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Problem problem : result.problems()) {
            digest.update((problem + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Outcome(result.filesRead(), result.findings().size(), HexFormat.of().formatHex(digest.digest()));
    }

    private static Path cacheFile;
    private static int edits;
    private static Path edited;
    private static byte[] original;

    /** What changes before a timed run through the cache. */
    private enum Change { NOTHING, ONE_FILE, ONE_FILE_CODE, EVERYTHING }

    /**
     * slotlint through its analysis cache. The first call (the warm-up) analyses every file and writes the cache;
     * each later one first changes what {@code change} says (nothing, a comment or the code of one file that calls
     * Redis, or the cache deleted), and is timed.
     */
    private static Outcome cached(List<Path> roots, int threads, Change change) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<SourceFile> files = SourceTree.javaFiles(roots, StandardCharsets.UTF_8, problems);
        if (cacheFile == null) {
            Path directory = Files.createTempDirectory("slotlint-bench");
            directory.toFile().deleteOnExit();
            cacheFile = directory.resolve("cache.json");
            cacheFile.toFile().deleteOnExit();
        } else if (change == Change.EVERYTHING) {
            Files.deleteIfExists(cacheFile);
        } else if (change == Change.ONE_FILE || change == Change.ONE_FILE_CODE) {
            if (edited == null) {
                edited = files.stream().map(SourceFile::path).filter(Measure::callsRedis).findFirst()
                        .orElse(files.get(0).path());
                original = Files.readAllBytes(edited);
            }
            ++edits;
            String edit = change == Change.ONE_FILE ? "\n// edit " + edits + "\n"
                    : "\nclass BenchmarkEdit" + edits + " {\n}\n";
            Files.writeString(edited, edit, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        }
        AnalysisCache.Outcome outcome = new AnalysisCache(cacheFile, warning -> {
            throw new IllegalStateException(warning);
        }).analyze(AnalysisSettings.defaults().withThreads(threads), files, List.of());
        return outcome(outcome.result());
    }

    private static boolean callsRedis(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.contains("redis.clients.") || text.contains("io.lettuce.");
        } catch (IOException e) {
            return false;
        }
    }

    /** PMD 7 with one XPath rule that finds the same multi-key calls by name. */
    private static Outcome pmd(List<Path> roots, int threads) throws IOException {
        Path ruleset = Files.createTempFile("slotlint-bench", ".xml");
        try (InputStream in = Measure.class.getResourceAsStream("pmd-multikey.xml")) {
            Files.write(ruleset, in.readAllBytes());
        }
        PMDConfiguration config = new PMDConfiguration();
        config.setDefaultLanguageVersion(LanguageRegistry.PMD.getLanguageVersionById("java", "21"));
        config.setThreads(threads);
        config.setIgnoreIncrementalAnalysis(true);
        config.addRuleSet(ruleset.toString());
        roots.forEach(config::addInputPath);
        int violations;
        int files;
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            files = pmd.files().getCollectedFiles().size();
            violations = pmd.performAnalysisAndCollectReport().getViolations().size();
        } finally {
            Files.deleteIfExists(ruleset);
        }
        return new Outcome(files, violations, "violations:" + violations);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

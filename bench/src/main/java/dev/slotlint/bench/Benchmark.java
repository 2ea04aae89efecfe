package dev.slotlint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs every measurement on the real corpus (unpacked by Maven into {@code target/corpus/real}) and on generated
 * projects of 1×, 2× and 4× size, each in a fresh JVM, then prints the table with the targets and writes it to
 * {@code target/benchmark.md}.
 */
public final class Benchmark {

    /** Files of the 1× generated project; 4× is the 10,000-file project the heap target speaks of. */
    static final int SYNTHETIC_FILES = 2_500;
    /** The heap slotlint is given in every measurement: the target for 10,000 files. */
    static final String SLOTLINT_HEAP = "-Xmx256m";
    static final String OTHER_HEAP = "-Xmx2g";
    /** The corpus of the target for slotlint's cost against plain parsing. */
    static final String TARGET_CORPUS = "synthetic 1×";
    /** How many JVMs measure plain parsing and slotlint on one thread on each generated corpus. */
    static final int SYNTHETIC_FORKS = 3;

    /** The throughput collector, as suits a batch job such as a build, for every measurement alike. */
    static final String COLLECTOR = "-XX:+UseParallelGC";

    private static final Pattern RESULT = Pattern.compile(
            "RESULT mode=([\\w-]+) threads=(\\d+) millis=(\\d+) first=(\\d+) files=(\\d+) peakMb=(\\d+)"
                    + " findings=(\\d+) digest=(\\S+)");

    /** One measurement's result: the median of the timed passes, and the first pass of the fresh JVM. */
    record Result(long millis, long firstMillis, int files, long peakMb, int findings, String digest) {
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        List<Corpus> corpora = new ArrayList<>();
        Path real = target.resolve("corpus/real");
        if (Files.isDirectory(real)) {
            try (Stream<Path> libraries = Files.list(real)) {
                corpora.add(new Corpus("real: guava, spring-context, hibernate-core, lettuce-core, jedis",
                        libraries.sorted().toList()));
            }
        }
        for (int scale : new int[] {1, 2, 4}) {
            Path dir = target.resolve("corpus/synthetic-" + scale + "x");
            if (!Files.isDirectory(dir)) {
                SyntheticProject.write(dir, SYNTHETIC_FILES * scale);
            }
            corpora.add(new Corpus("synthetic " + scale + "×", List.of(dir)));
        }
        StringBuilder table = new StringBuilder();
        boolean onlyCache = args.length > 1 && args[1].equals("cache");
        table.append(String.format(Locale.ROOT, "Benchmark on %d processors, %s %s, one JVM per measurement (warm-up"
                        + " passes for at least 40 s, then the median of %d timed passes; on the generated corpora"
                        + " plain parsing and slotlint on one thread are measured in turn, in %d JVMs each, and the"
                        + " median JVM of each is shown); slotlint with %s, the"
                        + " others with %s; all with %s. Plain parsing is JavaParser's default configuration at the"
                        + " newest language level; slotlint parses with the same parser but leaves out its validation"
                        + " walk, comment attribution and line-separator detection.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Measure.PASSES, SYNTHETIC_FORKS, SLOTLINT_HEAP, OTHER_HEAP,
                COLLECTOR));
        if (onlyCache) {
            table.append(cacheOnly(corpora));
            print(table, target);
            return;
        }
        table.append("| corpus | files | lines | JavaParser 1t | JavaParser 2t | slotlint 1t | ratio | slotlint 2t |"
                + " ratio | PMD 7 1t | PMD ÷ slotlint 1t | slotlint heap in use, at most | findings |"
                + " same findings 1t/2t |\n");
        table.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, Map<String, Result>> all = new LinkedHashMap<>();
        StringBuilder cache = cacheHeader();
        for (Corpus corpus : corpora) {
            Map<String, Result> results = new LinkedHashMap<>();
            measureOneThread(corpus, results);
            results.put("parse2", measure("parse", 2, OTHER_HEAP, corpus));
            results.put("slotlint2", measure("slotlint", 2, SLOTLINT_HEAP, corpus));
            if (!corpus.name().startsWith("synthetic 2") && !corpus.name().startsWith("synthetic 4")) {
                results.put("pmd", measure("pmd", 1, OTHER_HEAP, corpus));
                measureCache(corpus, results, cache);
            }
            all.put(corpus.name(), results);
            Result parse = results.get("parse");
            Result one = results.get("slotlint1");
            Result two = results.get("slotlint2");
            Result pmd = results.get("pmd");
            table.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %s | %s | %.2f× | %s | %.2f× | %s | %s |"
                            + " %d MB | %d | %s |%n", corpus.name(), corpus.files(), corpus.lines(), seconds(parse),
                    seconds(results.get("parse2")), seconds(one), ratio(one, parse), seconds(two), ratio(two, parse),
                    pmd == null ? "—" : seconds(pmd), pmd == null ? "—" : String.format(Locale.ROOT, "%.1f×",
                            ratio(pmd, one)), Math.max(one.peakMb(), two.peakMb()), one.findings(),
                    one.digest().equals(two.digest()) ? "yes" : "NO"));
        }
        table.append(cache);
        table.append('\n').append(targets(all));
        print(table, target);
    }

    private static void print(StringBuilder table, Path target) throws IOException {
        System.out.println();
        System.out.println(table);
        Path report = target.resolve("benchmark.md");
        Files.writeString(report, table, StandardCharsets.UTF_8);
        System.out.println("written to " + report.toAbsolutePath());
    }

    /** The heading of the table of runs through the analysis cache. */
    private static StringBuilder cacheHeader() {
        return new StringBuilder("\nRe-runs through the analysis cache, one thread: cold (no cache), cold writing the"
                + " cache, a re-run with nothing changed, a re-run after one file that calls Redis changed (a"
                + " comment appended, so that the findings stay the same), and one after its code changed (an empty"
                + " class appended: the files that use it are analysed again too); each as a ratio to the cold run"
                + " and to plain parsing on one thread.\n\n| corpus | cold | cold, writing the cache |"
                + " unchanged re-run | ÷ cold | ÷ parsing | one file changed | ÷ cold | ÷ parsing |"
                + " its code changed | ÷ cold | ÷ parsing | same findings |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    }

    /**
     * Plain parsing and slotlint on one thread. On the generated corpora, where their ratio is a target and each pass
     * takes seconds, they are measured in turn, {@link #SYNTHETIC_FORKS} JVMs each, and each kept as the median of its
     * JVMs: on a shared machine a slow spell of a minute or two then weighs on both alike instead of on whichever ran
     * in it.
     */
    private static void measureOneThread(Corpus corpus, Map<String, Result> results)
            throws IOException, InterruptedException {
        int forks = corpus.name().startsWith("synthetic") ? SYNTHETIC_FORKS : 1;
        List<Result> parse = new ArrayList<>();
        List<Result> slotlint = new ArrayList<>();
        for (int fork = 0; fork < forks; fork++) {
            parse.add(measure("parse", 1, OTHER_HEAP, corpus));
            slotlint.add(measure("slotlint", 1, SLOTLINT_HEAP, corpus));
        }
        results.put("parse", median(parse));
        results.put("slotlint1", median(slotlint));
    }

    /** The median time and first pass of several JVMs' measurements of the same run, and the most heap any used. */
    static Result median(List<Result> forks) {
        if (forks.stream().map(Result::digest).distinct().count() > 1) {
            throw new IllegalStateException("two JVMs gave different results: " + forks);
        }
        long[] millis = forks.stream().mapToLong(Result::millis).sorted().toArray();
        long[] first = forks.stream().mapToLong(Result::firstMillis).sorted().toArray();
        Result any = forks.get(0);
        return new Result(millis[millis.length / 2], first[first.length / 2], any.files(),
                forks.stream().mapToLong(Result::peakMb).max().orElse(0), any.findings(), any.digest());
    }

    /** Measures the runs through the cache of a corpus whose cold run and plain parsing are measured, as a row. */
    private static void measureCache(Corpus corpus, Map<String, Result> results, StringBuilder cache)
            throws IOException, InterruptedException {
        results.put("cold-cache", measure("cold-cache", 1, SLOTLINT_HEAP, corpus));
        results.put("unchanged", measure("unchanged", 1, SLOTLINT_HEAP, corpus));
        results.put("one-file", measure("one-file", 1, SLOTLINT_HEAP, corpus));
        results.put("one-file-code", measure("one-file-code", 1, SLOTLINT_HEAP, corpus));
        Result cold = results.get("slotlint1");
        Result parse = results.get("parse");
        Result unchanged = results.get("unchanged");
        Result oneFile = results.get("one-file");
        Result oneFileCode = results.get("one-file-code");
        cache.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f× | %.2f× | %s | %.2f× | %.2f× | %s |"
                        + " %.2f× | %.2f× | %s |%n", corpus.name(), seconds(cold), seconds(results.get("cold-cache")),
                seconds(unchanged), ratio(unchanged, cold), ratio(unchanged, parse), seconds(oneFile),
                ratio(oneFile, cold), ratio(oneFile, parse), seconds(oneFileCode), ratio(oneFileCode, cold),
                ratio(oneFileCode, parse), Stream.of(results.get("cold-cache"), unchanged, oneFile, oneFileCode)
                        .allMatch(r -> r.digest().equals(cold.digest())) ? "yes" : "NO"));
    }

    /**
     * Only the runs through the analysis cache, on the real corpus and the 1× generated project: plain parsing and
     * the cold run on one thread, then the cache's runs ({@code -Dbench.only=cache}).
     */
    private static String cacheOnly(List<Corpus> corpora) throws IOException, InterruptedException {
        StringBuilder cache = cacheHeader();
        StringBuilder targets = new StringBuilder("\nTargets:\n\n");
        for (Corpus corpus : corpora) {
            if (corpus.name().startsWith("synthetic 2") || corpus.name().startsWith("synthetic 4")) {
                continue;
            }
            Map<String, Result> results = new LinkedHashMap<>();
            measureOneThread(corpus, results);
            measureCache(corpus, results, cache);
            if (corpus.name().startsWith("real")) {
                check(targets, "real corpus, unchanged re-run ≤ 0.1× cold",
                        ratio(results.get("unchanged"), results.get("slotlint1")), 0.1);
                check(targets, "real corpus, one file changed ≤ 0.2× cold",
                        ratio(results.get("one-file"), results.get("slotlint1")), 0.2);
                check(targets, "real corpus, one file's code changed ≤ 0.2× cold",
                        ratio(results.get("one-file-code"), results.get("slotlint1")), 0.2);
            }
        }
        return cache.append(targets).toString();
    }

    /** The targets, each with the figure measured. */
    private static String targets(Map<String, Map<String, Result>> all) {
        StringBuilder out = new StringBuilder("Targets:\n\n");
        all.forEach((name, results) -> {
            Result parse = results.get("parse");
            Result one = results.get("slotlint1");
            Result two = results.get("slotlint2");
            if (name.startsWith("real")) {
                check(out, "real corpus, slotlint 1 thread ≤ 0.5× plain parsing", ratio(one, parse), 0.5);
                check(out, "real corpus, unchanged re-run ≤ 0.1× cold", ratio(results.get("unchanged"), one), 0.1);
                check(out, "real corpus, one file changed ≤ 0.2× cold", ratio(results.get("one-file"), one), 0.2);
                check(out, "real corpus, one file's code changed ≤ 0.2× cold",
                        ratio(results.get("one-file-code"), one), 0.2);
            } else if (name.equals(TARGET_CORPUS)) {
                check(out, name + ", slotlint 1 thread ≤ 1.3× plain parsing", ratio(one, parse), 1.3);
                out.append(String.format(Locale.ROOT, "- (not a target) %s, the first pass of a fresh JVM, the JIT's"
                                + " work included: slotlint 1 thread %.1f s, plain parsing %.1f s: %.2f×%n", name,
                        one.firstMillis() / 1000.0, parse.firstMillis() / 1000.0,
                        (double) one.firstMillis() / parse.firstMillis()));
                check(out, name + ", slotlint 2 threads ≤ 0.75× plain parsing", ratio(two, parse), 0.75);
            }
            if (results.containsKey("pmd")) {
                check(out, name + ", PMD 7 ÷ slotlint 1 thread ≥ 3×", ratio(results.get("pmd"), one), -3);
            }
            if (!one.digest().equals(two.digest())) {
                out.append("- ✘ ").append(name).append(": findings differ between 1 and 2 threads\n");
            }
        });
        Result small = all.get(TARGET_CORPUS).get("slotlint1");
        Result large = all.get("synthetic 4×").get("slotlint1");
        check(out, "growth from 1× to 4× (slotlint 1 thread) ≤ 4.4×", (double) large.millis() / small.millis(), 4.4);
        out.append(String.format(Locale.ROOT, "- %s peak heap for %,d files within %s: %d MB (every slotlint run is"
                        + " given %s)%n", large.peakMb() <= 256 ? "✔" : "✘", large.files(), SLOTLINT_HEAP,
                large.peakMb(), SLOTLINT_HEAP));
        return out.toString();
    }

    /** Appends a target line; a negative limit is a minimum. */
    private static void check(StringBuilder out, String target, double measured, double limit) {
        boolean met = limit < 0 ? measured >= -limit : measured <= limit;
        out.append(String.format(Locale.ROOT, "- %s %s: %.2f×%n", met ? "✔" : "✘", target, measured));
    }

    private static double ratio(Result a, Result b) {
        return (double) a.millis() / b.millis();
    }

    private static String seconds(Result result) {
        return String.format(Locale.ROOT, "%.1f s (%,.0f files/s)", result.millis() / 1000.0,
                result.files() * 1000.0 / Math.max(1, result.millis()));
    }

    /** Runs one measurement in a fresh JVM and reads its RESULT line. */
    static Result measure(String mode, int threads, String heap, Corpus corpus) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                heap, COLLECTOR, "-cp", System.getProperty("java.class.path"), Measure.class.getName(), mode,
                String.valueOf(threads)));
        corpus.roots().forEach(root -> command.add(root.toString()));
        System.out.printf("%-10s %d thread(s) on %s ... ", mode, threads, corpus.name());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Result result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher matcher = RESULT.matcher(line);
                if (matcher.matches()) {
                    result = new Result(Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)),
                            Integer.parseInt(matcher.group(5)), Long.parseLong(matcher.group(6)),
                            Integer.parseInt(matcher.group(7)), matcher.group(8));
                } else if (output.length() < 20_000) {
                    output.append(line).append('\n');
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException(mode + " on " + corpus.name() + " failed (exit " + exit + "):\n" + output);
        }
        System.out.printf(Locale.ROOT, "%.1f s, %d MB peak%n", result.millis() / 1000.0, result.peakMb());
        return result;
    }
}

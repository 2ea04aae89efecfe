package dev.slotlint.oracle;

import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.client.ClientCatalog;
import dev.slotlint.client.Command;
import dev.slotlint.client.CommandCall;
import dev.slotlint.client.Library;
import dev.slotlint.topology.ClientTopology;
import dev.slotlint.key.KeyValue;
import dev.slotlint.rule.Finding;
import dev.slotlint.source.Problem;
import dev.slotlint.source.SourceFile;
import dev.slotlint.source.SourceTree;
import dev.slotlint.testing.RedisCluster;
import dev.slotlint.topology.ProjectConfig;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisDataException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * slotlint's claims checked against a real 3-master Redis Cluster. Every test project is analysed as the clients on
 * this class path run it (Jedis 5.2, Lettuce 6.3); every multi-key call whose keys the analysis evaluated fully is
 * then run with those keys, through JedisCluster or Lettuce's cluster API (cluster clients only: standalone clients
 * meet MOVED, shown separately), and the outcome compared with the
 * findings: {@code CrossSlot} if and only if the call fails with CROSSSLOT (or Jedis refuses it), {@code
 * ClusterFanOut} if and only if Lettuce succeeds by splitting keys of several slots, nothing if and only if it
 * succeeds in one slot. Findings the projects silence count as findings here. A standalone client found by
 * {@code StandaloneClientOnCluster} is shown a MOVED.
 */
class ClusterOracleTest {

    private static final String JEDIS_VERSION = "5.2.0";
    private static final String LETTUCE_VERSION = "6.3.2.RELEASE";
    private static final String SPRING_VERSION = "3.3.13";
    /** Commands the catalog knows that this oracle cannot run here, and why. */
    private static final Map<String, String> NOT_RUNNABLE = Map.of(
            "JEDIS:MSETEX", "MSETEX needs Redis 8.4",
            "JEDIS:STRALGO", "Redis 7 replaced STRALGO by LCS",
            "LETTUCE:MSETEX", "MSETEX needs Redis 8.4",
            "LETTUCE:LCS", "Lettuce 6.3 has no lcs(LcsArgs); it came with 6.6",
            "LETTUCE:SORT", "Lettuce's sort without a store key reads one key",
            "JEDIS:WATCH", "WATCH belongs to transactions, which JedisCluster does not support",
            "LETTUCE:WATCH", "Lettuce's cluster API has no WATCH");

    private static RedisCluster redis;
    private static JedisCluster jedis;
    private static RedisClusterClient lettuceClient;
    private static StatefulRedisClusterConnection<String, String> lettuceConnection;
    private static RedisAdvancedClusterCommands<String, String> lettuce;
    private static Commands commands;
    private static SpringCommands spring;

    @BeforeAll
    static void startCluster() {
        String unavailable = RedisCluster.unavailableReason();
        Assumptions.assumeTrue(unavailable == null, unavailable);
        redis = RedisCluster.start(3);
        Set<HostAndPort> seeds = new java.util.HashSet<>();
        List<RedisURI> uris = new ArrayList<>();
        for (int port : redis.ports()) {
            seeds.add(new HostAndPort(redis.host(), port));
            uris.add(RedisURI.create(redis.host(), port));
        }
        jedis = new JedisCluster(seeds);
        lettuceClient = RedisClusterClient.create(uris);
        lettuceConnection = lettuceClient.connect();
        lettuce = lettuceConnection.sync();
        commands = new Commands(redis, jedis, lettuce);
        commands.loadScriptsAndFunctions();
        spring = new SpringCommands(redis);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (spring != null) {
            spring.close();
        }
        if (lettuceConnection != null) {
            lettuceConnection.close();
            lettuceClient.shutdown();
        }
        if (jedis != null) {
            jedis.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void everyFullyEvaluatedCallBehavesOnTheClusterAsTheFindingsSay() throws IOException {
        Assumptions.assumeTrue(commands.serverMajorVersion() >= 7,
                "the oracle runs Redis 7 commands; this redis-server is older (CI installs Redis 7)");
        int executed = 0;
        int agreements = 0;
        int skipped = 0;
        List<String> disagreements = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        for (Analysed analysed : analysedProjects()) {
            AnalysisResult result = analysed.result();
            Path project = analysed.project();
            List<Finding> findings = new ArrayList<>(result.findings());
            findings.addAll(result.silenced());
            for (CommandCall call : result.calls()) {
                boolean spring = call.client().library() == Library.SPRING;
                if (call.client().topology() != ClientTopology.CLUSTER
                        && !(call.client().topology() == ClientTopology.PROJECT && result.topology().isCluster())) {
                    continue;
                }
                List<String> keys = fullyKnown(call);
                String springFamily = spring ? SpringCommands.family(call) : null;
                String family = spring ? "SPRING:" + call.client().driver() + ":" + springFamily
                        : call.client().library() + ":" + call.commandName();
                boolean runnable = spring ? ClusterOracleTest.spring.knows(springFamily) : commands.knows(family);
                if (keys == null || NOT_RUNNABLE.containsKey(family) || !runnable) {
                    skipped++;
                    continue;
                }
                Commands.Outcome outcome = spring
                        ? ClusterOracleTest.spring.run(call.client().driver(), springFamily, keys)
                        : commands.run(family, keys);
                String claimed = claim(findings, result.calls(), call);
                String error = spring ? ClusterOracleTest.spring.lastError() : commands.lastError();
                String expected = switch (outcome) {
                    case CROSSSLOT -> "CrossSlot";
                    case SPLIT -> "ClusterFanOut";
                    case OK -> "none";
                    case ERROR -> "an error that is not CROSSSLOT: " + error;
                };
                executed++;
                covered.add(family);
                if (claimed.equals(expected)) {
                    agreements++;
                } else {
                    disagreements.add(project.getFileName() + " " + call.location().file().getFileName() + ":"
                            + call.location().line() + " " + family + " " + keys + ": slotlint says " + claimed
                            + ", the cluster says " + expected);
                }
            }
        }
        System.out.printf("oracle: %d calls executed on a real cluster, %d agreements, %d disagreements, %d calls"
                + " not fully known or not runnable here%n", executed, agreements, disagreements.size(), skipped);
        assertEquals(List.of(), disagreements);
        Set<String> catalogued = new TreeSet<>();
        for (Library library : List.of(Library.JEDIS, Library.LETTUCE)) {
            for (Command command : ClientCatalog.standard().commands(library)) {
                catalogued.add(library + ":" + command.name());
            }
        }
        for (Library driver : List.of(Library.LETTUCE, Library.JEDIS)) {
            for (String family : spring.families()) {
                catalogued.add("SPRING:" + driver + ":" + family);
            }
        }
        catalogued.removeAll(NOT_RUNNABLE.keySet());
        catalogued.removeAll(covered);
        System.out.printf("oracle: %d command families executed (Jedis, Lettuce, and Spring Data Redis %s on each"
                + " driver); not run: %s%n", covered.size(), SPRING_VERSION, NOT_RUNNABLE);
        assertEquals(Set.of(), catalogued, "catalogued families the oracle never ran");
    }

    @Test
    void whatSpringsClusterConnectionsRejectWhateverTheKeysIsRejected() throws IOException {
        Pattern rejection = Pattern.compile("^Spring Data Redis \\S+ on (\\w+) does not support (\\w+)\\(\\)");
        int checked = 0;
        for (Analysed analysed : analysedProjects()) {
            for (Finding finding : analysed.result().findings()) {
                Matcher matcher = rejection.matcher(finding.message());
                if (!finding.ruleId().equals("UnsupportedOnCluster") || !matcher.find()) {
                    continue;
                }
                Library driver = Library.valueOf(matcher.group(1).toUpperCase(java.util.Locale.ROOT));
                String thrown = spring.rejection(driver, matcher.group(2));
                assertTrue(thrown != null && finding.message().contains(thrown), finding.message() + " but the"
                        + " cluster connection threw " + thrown);
                checked++;
            }
        }
        assertTrue(checked >= 3, "too few Spring rejections in the test projects: " + checked);
        assertEquals(null, spring.rejection(Library.LETTUCE, "executePipelined"),
                "Lettuce's cluster connection pipelines, so slotlint reports no executePipelined there");
        System.out.printf("oracle: %d Spring Data Redis rejections (MULTI, pipelines) reproduced on the cluster%n",
                checked);
    }

    @Test
    void aStandaloneClientOnAClusterNodeGetsMoved() throws IOException {
        int found = 0;
        for (Path project : projects()) {
            found += (int) analyse(project, List.of()).findings().stream()
                    .filter(f -> f.ruleId().equals("StandaloneClientOnCluster")).count();
        }
        assertTrue(found > 0, "no StandaloneClientOnCluster finding in the test projects");
        String key = commands.keyNotOwnedBy(0);
        try (Jedis standalone = redis.node(0)) {
            JedisDataException moved = org.junit.jupiter.api.Assertions.assertThrows(JedisDataException.class,
                    () -> standalone.get(key));
            assertTrue(moved.getMessage().startsWith("MOVED "), moved.getMessage());
            System.out.printf("oracle: %d StandaloneClientOnCluster findings; a standalone client asking node 0 for %s"
                    + " got: %s%n", found, key, moved.getMessage());
        }
    }

    /**
     * The rule a call's findings name: CrossSlot, ClusterFanOut, or none. A call site reached by alternative paths
     * (EVALSHA, and EVAL when the script is not loaded) is reported once, by the first path that gives a finding.
     */
    private static String claim(List<Finding> findings, List<CommandCall> calls, CommandCall call) {
        List<CommandCall> paths = new ArrayList<>(List.of(call));
        calls.stream().filter(other -> other != call && other.isAlternativeOf(call)).forEach(paths::add);
        for (CommandCall path : paths) {
            for (Finding finding : findings) {
                if (finding.location().equals(path.location()) && finding.message().startsWith(path.commandName() + " ")
                        && (finding.ruleId().equals("CrossSlot") || finding.ruleId().equals("ClusterFanOut"))) {
                    return finding.ruleId();
                }
            }
        }
        return "none";
    }

    /** The keys of a call when every one is known text and there are at least two; null otherwise. */
    private static List<String> fullyKnown(CommandCall call) {
        if (!call.complete() || call.keys().size() < 2) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (KeyValue key : call.keys()) {
            if (key.knownText().isEmpty()) {
                return null;
            }
            keys.add(key.knownText().get());
        }
        return keys;
    }

    /** A project analysed as the plugin would, possibly with a configuration file added. */
    private record Analysed(Path project, AnalysisResult result) {
    }

    /** Every test project; the Spring oracle project a second time with Jedis as the driver. */
    private static List<Analysed> analysedProjects() throws IOException {
        List<Analysed> analysed = new ArrayList<>();
        for (Path project : projects()) {
            analysed.add(new Analysed(project, analyse(project, List.of())));
            if (project.getFileName().toString().equals("oracle-spring")) {
                analysed.add(new Analysed(project, analyse(project, List.of(SourceFile.inMemory(
                        project.resolve("src/main/resources/application.properties"),
                        "spring.data.redis.client-type=jedis\n")))));
            }
        }
        return analysed;
    }

    /**
     * Analyses a project with the client versions on this class path; for a Spring Data Redis project, only the
     * clients its pom names, since they decide Spring's driver.
     */
    private static AnalysisResult analyse(Path project, List<SourceFile> extraConfig) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<SourceFile> sources = SourceTree.javaFiles(List.of(project.resolve("src/main/java")),
                StandardCharsets.UTF_8, problems);
        List<SourceFile> config = new ArrayList<>(SourceTree.files(project, ProjectConfig::isConfigFile,
                StandardCharsets.UTF_8, problems));
        config.addAll(extraConfig);
        String pom = Files.readString(project.resolve("pom.xml"));
        boolean springProject = pom.contains("<artifactId>spring-data-redis</artifactId>");
        AnalysisSettings settings = AnalysisSettings.defaults();
        if (!springProject || pom.contains("<artifactId>jedis</artifactId>")) {
            settings = settings.withLibraryVersion(Library.JEDIS, JEDIS_VERSION);
        }
        if (!springProject || pom.contains("<artifactId>lettuce-core</artifactId>")) {
            settings = settings.withLibraryVersion(Library.LETTUCE, LETTUCE_VERSION);
        }
        if (springProject) {
            settings = settings.withLibraryVersion(Library.SPRING, SPRING_VERSION);
        }
        return new Analyzer(settings).analyze(sources, config);
    }

    private static List<Path> projects() throws IOException {
        Path root = Path.of(System.getProperty("slotlint.testProjects", "../test-projects"));
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted().toList();
        }
    }
}

package dev.slotlint.topology;

import dev.slotlint.source.Location;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Gathers the evidence of what the project targets, each piece with the file and line that shows it. */
public final class TopologyDetector {

    static final List<String> CLUSTER_NODES = List.of("spring.data.redis.cluster.nodes", "spring.redis.cluster.nodes");
    static final List<String> STANDALONE = List.of("spring.data.redis.host", "spring.redis.host",
            "spring.data.redis.url", "spring.redis.url", "spring.data.redis.sentinel.master",
            "spring.redis.sentinel.master");

    private TopologyDetector() {
    }

    /**
     * @param fromCode  cluster evidence the code shows: the cluster clients it makes
     * @param modeSwitch where the code picks standalone or cluster clients by a setting, when it makes both; null
     *                   when it does not
     */
    public static ProjectTopology detect(TopologySetting setting, List<String> clusterNodes, boolean clusterReady,
                                         ProjectConfig config, List<Evidence> fromCode, String modeSwitch) {
        List<Evidence> evidence = new ArrayList<>();
        if (!clusterNodes.isEmpty()) {
            evidence.add(new Evidence(true, new Location(Path.of("pom.xml"), 1, 1),
                    "plugin parameter clusterNodes", endpoints(clusterNodes)));
        }
        Set<Path> clusterFiles = new HashSet<>();
        for (ConfigEntry entry : config.entries(CLUSTER_NODES.toArray(String[]::new))) {
            clusterFiles.add(entry.location().file());
            evidence.add(new Evidence(true, entry.location(), entry.cite() + " (" + entry.key() + ")",
                    endpoints(entry.values())));
        }
        for (ConfigEntry entry : config.entries(STANDALONE.toArray(String[]::new))) {
            if (!clusterFiles.contains(entry.location().file())) {
                evidence.add(new Evidence(false, entry.location(), entry.cite() + " (" + entry.key() + ")",
                        endpoints(entry.values())));
            }
        }
        for (RedisConf conf : config.redisConfs()) {
            if (conf.clusterEnabled() != null) {
                evidence.add(new Evidence(true, conf.clusterEnabled(), conf.file().getFileName() + ":"
                        + conf.clusterEnabled().line() + " (cluster-enabled yes)", List.of()));
            }
        }
        evidence.addAll(fromCode);
        return ProjectTopology.decide(setting, clusterReady, evidence, modeSwitch);
    }

    private static List<Endpoint> endpoints(List<String> values) {
        return values.stream().map(Endpoint::parse).flatMap(Optional::stream).toList();
    }
}

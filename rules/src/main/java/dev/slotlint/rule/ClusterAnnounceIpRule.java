package dev.slotlint.rule;

import dev.slotlint.topology.ProjectTopology;
import dev.slotlint.topology.RedisConf;

import java.util.List;
import java.util.stream.Collectors;

/** In Docker, cluster nodes announce their container address; clients outside then follow MOVED into nowhere. */
@RuleInfo(
        id = "ClusterAnnounceIp",
        severity = Severity.WARNING,
        summary = "Dockerised cluster node configuration without cluster-announce-ip",
        explanation = "A cluster node tells clients where slots live using its own address. Inside a container"
                + " that is the container's internal IP, so clients outside the Docker network are redirected by"
                + " MOVED and CLUSTER SLOTS to an address they cannot reach.",
        fix = "Set cluster-announce-ip (and cluster-announce-port / cluster-announce-bus-port when ports are"
                + " mapped) to the address clients use, or run the containers with host networking.")
public final class ClusterAnnounceIpRule implements Rule {

    @Override
    public void visitProject(ProjectFacts project, RuleContext context) {
        if (context.topology().kind() == ProjectTopology.Kind.STANDALONE) {
            return;
        }
        for (RedisConf conf : project.config().redisConfs()) {
            if (conf.clusterEnabled() != null && conf.announceIp() == null && !conf.dockerFiles().isEmpty()) {
                String docker = conf.dockerFiles().stream().map(p -> p.getFileName().toString())
                        .collect(Collectors.joining(", "));
                context.report(this, conf.clusterEnabled(), conf.file().getFileName() + " enables cluster mode for"
                        + " a node run by Docker (" + docker + ") but sets no cluster-announce-ip: the node announces"
                        + " its container address, so clients outside the container follow MOVED to an address they"
                        + " cannot reach; set cluster-announce-ip to the address clients use", List.of());
            }
        }
    }
}

package dev.slotlint.topology;

import dev.slotlint.source.Location;

import java.nio.file.Path;
import java.util.List;

/**
 * A {@code redis.conf}-style server configuration found in the project.
 *
 * @param clusterEnabled the {@code cluster-enabled yes} line, or null when the server is not a cluster node
 * @param announceIp     the {@code cluster-announce-ip} line, or null
 * @param dockerFiles    Dockerfiles and compose files in the same directory
 */
public record RedisConf(Path file, Location clusterEnabled, Location announceIp, List<Path> dockerFiles) {

    public RedisConf {
        dockerFiles = List.copyOf(dockerFiles);
    }
}

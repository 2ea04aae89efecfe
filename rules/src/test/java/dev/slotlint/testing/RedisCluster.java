package dev.slotlint.testing;

import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A real Redis Cluster of cluster-enabled {@code redis-server} processes on loopback, slots spread evenly over the
 * masters. Uses the {@code redis-server} on the PATH when there is one (CI installs Redis 7), else the binary that
 * ships in the embedded-redis jar. Every process started is stopped by {@link #close()}, and by a shutdown hook if a
 * test run dies first.
 */
public final class RedisCluster implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final List<RedisServer> servers = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private final Path workDir;
    private final Thread stopOnExit = new Thread(this::stopAll, "redis-cluster-stop");

    private RedisCluster(Path workDir) {
        this.workDir = workDir;
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts {@code masters} cluster-enabled servers and, when there is more than one, joins them into a cluster. */
    public static RedisCluster start(int masters) {
        RedisCluster cluster;
        try {
            cluster = new RedisCluster(Files.createTempDirectory("slotlint-redis"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (int i = 0; i < masters; i++) {
                cluster.startNode();
            }
            cluster.assignSlotsAndMeet();
            return cluster;
        } catch (RuntimeException | IOException e) {
            cluster.close();
            throw new IllegalStateException("could not start a Redis cluster: " + e.getMessage(), e);
        }
    }

    /** Why real-Redis tests cannot run on this machine, or null when they can. */
    public static String unavailableReason() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String arch = System.getProperty("os.arch", "");
        if (onPath("redis-server")) {
            return null;
        }
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"))) {
            return null;
        }
        return "no redis-server on the PATH and no embedded Redis binary for " + os + "/" + arch;
    }

    public List<Integer> ports() {
        return List.copyOf(ports);
    }

    public String host() {
        return HOST;
    }

    /** A plain connection to one node. */
    /** Empties every node. */
    public void flushAll() {
        for (int i = 0; i < ports().size(); i++) {
            try (Jedis node = node(i)) {
                node.flushAll();
            }
        }
    }

    /** The slots of the keys as the server computes them. */
    public java.util.Set<Long> slots(List<String> keys) {
        java.util.Set<Long> slots = new java.util.TreeSet<>();
        try (Jedis node = node(0)) {
            keys.forEach(key -> slots.add(node.clusterKeySlot(key)));
        }
        return slots;
    }

    public Jedis node(int index) {
        return new Jedis(HOST, ports.get(index));
    }

    private void startNode() throws IOException {
        int port = freePort();
        Path dir = Files.createDirectories(workDir.resolve("node-" + port));
        RedisServer server = RedisServer.newRedisServer()
                .executableProvider(executable())
                .bind(HOST)
                .port(port)
                .setting("cluster-enabled yes")
                .setting("cluster-config-file " + dir.resolve("nodes.conf"))
                .setting("dir " + dir)
                .setting("save \"\"")
                .setting("appendonly no")
                .setting("protected-mode no")
                .build();
        server.start();
        servers.add(server);
        ports.add(port);
    }

    private void assignSlotsAndMeet() {
        int masters = ports.size();
        for (int i = 0; i < masters; i++) {
            int from = i * 16384 / masters;
            int to = (i + 1) * 16384 / masters;
            try (Jedis node = node(i)) {
                node.clusterAddSlots(IntStream.range(from, to).toArray());
                if (i > 0) {
                    node.clusterMeet(HOST, ports.get(0));
                }
            }
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        for (int i = 0; i < masters; i++) {
            try (Jedis node = node(i)) {
                while (!node.clusterInfo().contains("cluster_state:ok")) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("cluster did not reach cluster_state:ok in 30 s");
                    }
                    sleep();
                }
            }
        }
    }

    private static ExecutableProvider executable() throws IOException {
        return onPath("redis-server")
                ? ExecutableProvider.newExecutableInPath("redis-server")
                : ExecutableProvider.newJarResourceProvider();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stopAll() {
        for (RedisServer server : servers) {
            try {
                server.stop();
            } catch (IOException | RuntimeException ignored) {
                // best effort: the process may already be gone
            }
        }
        servers.clear();
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
    }
}

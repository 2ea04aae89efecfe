package dev.slotlint.topology;

/** Which kind of Redis deployment a client type talks to. */
public enum ClientTopology {
    CLUSTER,
    STANDALONE,
    /** An interface or base type that both kinds implement. */
    EITHER,
    /**
     * Whatever the project's configuration makes it: Spring's templates run on the connection factory that
     * {@code spring.data.redis.cluster.nodes} or a {@code RedisClusterConfiguration} bean decides.
     */
    PROJECT
}

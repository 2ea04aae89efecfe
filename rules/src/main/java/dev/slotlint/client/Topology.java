package dev.slotlint.client;

/** Which kind of Redis deployment a client type talks to. */
public enum Topology {
    CLUSTER,
    STANDALONE,
    /** An interface or base type that both kinds implement. */
    EITHER
}

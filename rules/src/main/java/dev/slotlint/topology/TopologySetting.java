package dev.slotlint.topology;

/** What the user says about the project's Redis: let the evidence decide, or decide for it. */
public enum TopologySetting {
    AUTO, CLUSTER, STANDALONE
}

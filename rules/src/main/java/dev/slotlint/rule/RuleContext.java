package dev.slotlint.rule;

import dev.slotlint.key.UnknownParts;
import dev.slotlint.source.Location;
import dev.slotlint.topology.ProjectTopology;

import java.util.List;
import java.util.function.Consumer;

/** What a rule may know about the run and how it reports. */
public final class RuleContext {

    private final UnknownParts unknownParts;
    private final ProjectTopology topology;
    private final Consumer<Finding> sink;
    private final String command;

    public RuleContext(UnknownParts unknownParts, ProjectTopology topology, Consumer<Finding> sink) {
        this(unknownParts, topology, sink, "");
    }

    private RuleContext(UnknownParts unknownParts, ProjectTopology topology, Consumer<Finding> sink, String command) {
        this.unknownParts = unknownParts;
        this.topology = topology;
        this.sink = sink;
        this.command = command;
    }

    /**
     * This context for the visit of one call or creation: its findings name the command, method or client type, which
     * a baseline identifies them by.
     */
    public RuleContext about(String command) {
        return new RuleContext(unknownParts, topology, sink, command);
    }

    /** The assumption made about values the analysis cannot know. */
    public UnknownParts unknownParts() {
        return unknownParts;
    }

    /** What the project targets, and why. */
    public ProjectTopology topology() {
        return topology;
    }

    /** Reports a finding of {@code rule} at its default severity. */
    public void report(Rule rule, Location location, String message, List<String> keys) {
        report(rule, rule.info().severity(), location, message, keys);
    }

    public void report(Rule rule, Severity severity, Location location, String message, List<String> keys) {
        sink.accept(new Finding(rule.info().id(), severity, location, message, keys, "", command));
    }
}

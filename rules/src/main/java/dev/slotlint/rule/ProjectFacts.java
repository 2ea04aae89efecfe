package dev.slotlint.rule;

import dev.slotlint.topology.ProjectConfig;
import dev.slotlint.topology.ProjectTopology;

/** What the analysis learnt about the project as a whole: its Redis configuration and topology. */
public record ProjectFacts(ProjectConfig config, ProjectTopology topology) {
}

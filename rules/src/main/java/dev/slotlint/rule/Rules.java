package dev.slotlint.rule;

import java.util.List;

/** Every rule slotlint ships, in documentation order. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(new CrossSlotRule(), new ClusterFanOutRule(), new UnsupportedOnClusterRule(),
                new StandaloneClientOnClusterRule(), new TooFewSeedNodesRule(), new SelectOnClusterRule(),
                new ClusterAnnounceIpRule(), new UndeclaredScriptKeyRule());
    }
}

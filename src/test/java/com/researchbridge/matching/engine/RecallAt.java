package com.researchbridge.matching.engine;

import java.util.List;

/** Recall of a pruned top-k against the exhaustive top-k. */
final class RecallAt {

    private RecallAt() {
    }

    /**
     * The share of the reference's places the pruned list fills with an equally good partner: a pruned match
     * counts when its exact score reaches the reference's last score (partners tied at the cut-off are
     * interchangeable; which of them the reference lists is an accident of order).
     */
    static double tieAware(List<Match> reference, List<Match> pruned) {
        if (reference.isEmpty()) {
            return 1;
        }
        double cutOff = reference.getLast().score() - 1e-9;
        long good = pruned.stream().filter(m -> m.score() >= cutOff).count();
        return Math.min(reference.size(), good) / (double) reference.size();
    }
}

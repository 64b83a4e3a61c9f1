package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.MatchEngine;
import com.researchbridge.matching.engine.MatchProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality ceiling: every candidate the country rule allows scored with the engine's own exact pair score
 * ({@link MatchEngine#score}), best {@code k} kept. The same ranking the engine's top-k gives when nothing is
 * missed, so it is the reference for recall. Needs only the ids and countries of the profiles.
 */
final class ExhaustiveScoring {

    private final MatchEngine engine;
    private final List<MatchProfile> profiles;

    /** {@code profiles} may be id-and-country skeletons of the indexed ones. */
    ExhaustiveScoring(MatchEngine engine, List<MatchProfile> profiles) {
        this.engine = engine;
        this.profiles = profiles;
    }

    /** The best {@code k} candidates of profile {@code seeker} with their exact scores, best first. */
    List<Scored> top(int seeker, int k) {
        var heap = new BruteForceCosine.MinHeap(k);
        MatchProfile me = profiles.get(seeker);
        double[] scores = new double[profiles.size()];
        for (int c = 0; c < profiles.size(); c++) {
            if (profiles.get(c).isCandidateFor(me)) {
                scores[c] = engine.score(me.id(), profiles.get(c).id());
                if (scores[c] > 0) {
                    heap.offer(c, scores[c]);
                }
            }
        }
        var result = new ArrayList<Scored>();
        for (int doc : heap.sortedDescending()) {
            result.add(new Scored(profiles.get(doc).id(), scores[doc]));
        }
        return result;
    }

    record Scored(String id, double score) {
    }
}

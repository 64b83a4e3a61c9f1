package com.researchbridge.matching.engine;

import com.researchbridge.matching.text.TextLanguage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The matcher as the rest of the application sees it: suggestions, proposals, topic partners, the command line
 * and the benchmarks depend on this interface only. An engine is immutable; a change gives a new engine.
 * KZ and CN profiles are matched with the other country only, every other country with everyone else.
 * Another scorer (an embedding model one day) is another implementation of this interface.
 */
public interface MatchEngine {

    /** The best {@code k} partners of an indexed profile, best first, with reasons in the reader's language. */
    List<Match> topMatches(String id, int k, TextLanguage reader);

    /** The best {@code k} indexed profiles for a text that is not itself indexed (a collaboration topic). */
    List<Match> topMatchesFor(MatchProfile text, int k, TextLanguage reader);

    /** The score of one pair as {@link #topMatches} ranks it; 0 when either id is not indexed. */
    double score(String a, String b);

    /** This engine with one profile changed or added, or taken out when {@code profile} is {@code null}. */
    MatchEngine withProfile(String id, MatchProfile profile);

    /** How many profiles are indexed. */
    int size();

    /** The ids of all indexed profiles. */
    List<String> ids();

    /** How many one-profile updates were applied since the last full build. */
    int updatesSinceBuild();

    /** Builds an engine over all profiles; {@code analysed} counts the profiles read so far (progress). */
    @FunctionalInterface
    interface Builder {

        MatchEngine build(Iterable<MatchProfile> profiles, AtomicInteger analysed);

        default MatchEngine build(Iterable<MatchProfile> profiles) {
            return build(profiles, new AtomicInteger());
        }
    }
}

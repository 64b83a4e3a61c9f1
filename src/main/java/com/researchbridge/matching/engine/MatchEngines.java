package com.researchbridge.matching.engine;

import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/** The engines there are. */
public final class MatchEngines {

    private MatchEngines() {
    }

    /** Exact scoring over concepts, words, publications, fields and languages, with an inverted index for candidates. */
    public static MatchEngine.Builder exact(Vocabulary vocabulary, MatchingWeights weights) {
        var extractor = new FeatureExtractor(vocabulary);
        return (profiles, analysed) -> MatchIndex.build(listOf(profiles), extractor, vocabulary, weights, analysed);
    }

    /** As {@link #exact(Vocabulary, MatchingWeights)} with an extractor that is shared (and configured) elsewhere. */
    public static MatchEngine.Builder exact(FeatureExtractor extractor, Vocabulary vocabulary, MatchingWeights weights) {
        return (profiles, analysed) -> MatchIndex.build(listOf(profiles), extractor, vocabulary, weights, analysed);
    }

    /**
     * Exhaustive exact scoring: every candidate the country rule allows is scored with the same pair score as
     * {@link #exact}, without the candidate pool; slow, the quality ceiling and the reference for recall.
     */
    public static MatchEngine.Builder exhaustive(Vocabulary vocabulary, MatchingWeights weights) {
        var extractor = new FeatureExtractor(vocabulary);
        return (profiles, analysed) -> MatchIndex.build(listOf(profiles), extractor, vocabulary, weights, analysed).exhaustive();
    }

    /** An engine built by {@link #exact} that ranks exhaustively, sharing its data (no second build). */
    public static MatchEngine exhaustive(MatchEngine exact) {
        if (exact instanceof MatchIndex index) {
            return index.exhaustive();
        }
        throw new IllegalArgumentException("not an engine built by MatchEngines.exact: " + exact.getClass().getName());
    }

    private static List<MatchProfile> listOf(Iterable<MatchProfile> profiles) {
        if (profiles instanceof List<MatchProfile> list) {
            return list;
        }
        var list = new ArrayList<MatchProfile>();
        profiles.forEach(list::add);
        return list;
    }
}

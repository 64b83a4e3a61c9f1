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

    private static List<MatchProfile> listOf(Iterable<MatchProfile> profiles) {
        if (profiles instanceof List<MatchProfile> list) {
            return list;
        }
        var list = new ArrayList<MatchProfile>();
        profiles.forEach(list::add);
        return list;
    }
}

package com.researchbridge.matching.engine;

import com.researchbridge.matching.MatchStrength;
import java.util.List;

/**
 * A proposed partner with the score, the reasons that produced it, and how strong the evidence is: a match
 * with no specific shared topic (only a field, a language or broad concepts) is {@link MatchStrength#WEAK}.
 */
public record Match(String id, double score, List<String> sharedConcepts, PublicationPair closestWork,
                    List<String> commonLanguages, MatchStrength strength) {

    public Match {
        strength = strength == null ? MatchStrength.POSSIBLE : strength;
    }

    /** A match whose strength was not judged. */
    public Match(String id, double score, List<String> sharedConcepts, PublicationPair closestWork,
                 List<String> commonLanguages) {
        this(id, score, sharedConcepts, closestWork, commonLanguages, MatchStrength.POSSIBLE);
    }

    /** The two most similar pieces of work (publication titles or, without publications, profile texts). */
    public record PublicationPair(String mine, String theirs, double similarity) {
    }
}

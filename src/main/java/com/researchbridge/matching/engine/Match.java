package com.researchbridge.matching.engine;

import java.util.List;

/** A proposed partner with the score and the reasons that produced it. */
public record Match(String id, double score, List<String> sharedConcepts, PublicationPair closestWork,
                    List<String> commonLanguages) {

    /** The two most similar pieces of work (publication titles or, without publications, profile texts). */
    public record PublicationPair(String mine, String theirs, double similarity) {
    }
}

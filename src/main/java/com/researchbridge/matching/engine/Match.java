package com.researchbridge.matching.engine;

import com.researchbridge.matching.MatchStrength;
import com.researchbridge.matching.bridge.PivotSource;
import java.util.List;

/**
 * A proposed partner with the score, the reasons that produced it, and how strong the evidence is: a match
 * with no specific shared topic (only a field, a language or broad concepts) is {@link MatchStrength#WEAK}.
 * {@code bridges} are words of the two profiles in different languages that meet through a bilingual pivot
 * (empty when none the reader can read).
 */
public record Match(String id, double score, List<String> sharedConcepts, PublicationPair closestWork,
                    List<String> commonLanguages, MatchStrength strength, List<Bridge> bridges) {

    public Match {
        strength = strength == null ? MatchStrength.POSSIBLE : strength;
        bridges = bridges == null ? List.of() : List.copyOf(bridges);
    }

    /** A match whose strength was not judged, without bridge reasons. */
    public Match(String id, double score, List<String> sharedConcepts, PublicationPair closestWork,
                 List<String> commonLanguages) {
        this(id, score, sharedConcepts, closestWork, commonLanguages, MatchStrength.POSSIBLE, List.of());
    }

    /** Without bridge reasons. */
    public Match(String id, double score, List<String> sharedConcepts, PublicationPair closestWork,
                 List<String> commonLanguages, MatchStrength strength) {
        this(id, score, sharedConcepts, closestWork, commonLanguages, strength, List.of());
    }

    /** A match whose strength was not judged. */
    public Match(String id, double score, List<String> sharedConcepts, PublicationPair closestWork,
                 List<String> commonLanguages, List<Bridge> bridges) {
        this(id, score, sharedConcepts, closestWork, commonLanguages, MatchStrength.POSSIBLE, bridges);
    }

    /**
     * "冰川 ≈ мұздық (dictionary)": the seeker's word and the partner's word (as analysed: a stem), the language
     * codes they are in, and how they meet (the least certain link of the two).
     */
    public record Bridge(String mine, String mineLanguage, String theirs, String theirsLanguage, PivotSource source) {

        /** For the command line and logs; the site shows it in the reader's language. */
        @Override
        public String toString() {
            return mine + " ≈ " + theirs + " (" + source.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
        }
    }

    /** The two most similar pieces of work (publication titles or, without publications, profile texts). */
    public record PublicationPair(String mine, String theirs, double similarity) {
    }
}

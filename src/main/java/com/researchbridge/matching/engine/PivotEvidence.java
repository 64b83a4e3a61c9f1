package com.researchbridge.matching.engine;

import com.researchbridge.matching.bridge.PivotSource;

/**
 * The word of a profile that stands for one English pivot term, for reasons: {@code from} is language-tagged
 * ({@code "zh:冰川"}, {@code "kk:мұздық"}, or {@code "en:glacier"} for an English word itself), {@code source}
 * how it got there ({@code null} for an English word), {@code weight} the pivot's weight.
 */
record PivotEvidence(String from, PivotSource source, float weight) {

    static PivotEvidence stronger(PivotEvidence a, PivotEvidence b) {
        return b.weight > a.weight ? b : a;
    }

    String language() {
        int colon = from.indexOf(':');
        return colon < 0 ? "" : from.substring(0, colon);
    }

    String word() {
        int colon = from.indexOf(':');
        return colon < 0 ? from : from.substring(colon + 1);
    }
}

package com.researchbridge.matching.engine;

import com.researchbridge.matching.bridge.PivotSource;

/**
 * The word of a profile that stands for one English pivot term, for reasons: {@code from} is language-tagged
 * ({@code "zh:冰川"}, {@code "kk:мұздық"}, or {@code "en:glacier"} for an English word itself), {@code source}
 * how it got there ({@code null} for an English word), {@code weight} the pivot's weight.
 */
record PivotEvidence(String from, PivotSource source, float weight) {

    /**
     * The better word to show: one of the profile's Chinese, Russian or Kazakh words before an English word (the
     * reader more likely wrote and reads it, and English words are shown as stems), else the stronger pivot.
     */
    static PivotEvidence stronger(PivotEvidence a, PivotEvidence b) {
        boolean englishA = a.source == null;
        boolean englishB = b.source == null;
        if (englishA != englishB) {
            return englishA ? b : a;
        }
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

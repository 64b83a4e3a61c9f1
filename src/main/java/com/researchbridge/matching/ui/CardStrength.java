package com.researchbridge.matching.ui;

import com.researchbridge.matching.MatchStrength;
import com.researchbridge.matching.PartnerSuggestion;
import java.util.Comparator;

/**
 * The strength a card shows ("strong / good / possible"), from the matcher's {@link MatchStrength}, and whether
 * the match rests on the field alone: then the card says so honestly, whatever the score. Weak suggestions are
 * shown as "possible" (they are still the closest of the other country) with that note.
 */
record CardStrength(MatchStrength strength, boolean fieldOnly) {

    /** Strongest first, then by score: the order of the cards. */
    static final Comparator<PartnerSuggestion> ORDER = Comparator
            .comparing((PartnerSuggestion s) -> of(s).rank())
            .thenComparing(Comparator.comparingDouble(PartnerSuggestion::score).reversed());

    static CardStrength of(PartnerSuggestion suggestion) {
        boolean noTopic = (suggestion.sharedConcepts().isEmpty() && suggestion.bridges().isEmpty())
                || suggestion.strength() == MatchStrength.WEAK;
        MatchStrength shown = noTopic ? MatchStrength.POSSIBLE : suggestion.strength();
        return new CardStrength(shown, noTopic);
    }

    String labelKey() {
        return "reading.strength." + strength.name().toLowerCase(java.util.Locale.ROOT);
    }

    String badgeVariant() {
        return switch (strength) {
            case STRONG -> "success";
            case GOOD -> "";
            default -> "contrast";
        };
    }

    /** Field-only matches after every match with a specific topic. */
    private int rank() {
        return fieldOnly ? MatchStrength.values().length : strength.ordinal();
    }
}

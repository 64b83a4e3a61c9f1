package com.researchbridge.matching;

/**
 * How strong a suggested partner is, as a reader sees it on a card ("strong / good / possible") and as the
 * proposal batch filters it. The matcher decides it from the evidence, not from the rank:
 * <ul>
 *   <li>{@link #STRONG}: several specific topics in common, or one very close piece of work;</li>
 *   <li>{@link #GOOD}: a specific shared topic with solid weight;</li>
 *   <li>{@link #POSSIBLE}: some specific shared topic, but little of it;</li>
 *   <li>{@link #WEAK}: no specific shared topic at all, only a field, a common language or broad concepts
 *       (algorithms, modelling, ...). Weak suggestions are ranked after all others and never proposed.</li>
 * </ul>
 */
public enum MatchStrength {
    STRONG, GOOD, POSSIBLE, WEAK;

    /** Whether the nightly proposal batch may propose a pair of this strength. */
    public boolean proposable() {
        return this != WEAK;
    }

    /** The translation key of the label shown on a card ({@code matching.strength.strong}, ...). */
    public String labelKey() {
        return "matching.strength." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

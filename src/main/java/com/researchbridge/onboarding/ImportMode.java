package com.researchbridge.onboarding;

/** What to do with a file in which some rows have problems. */
public enum ImportMode {
    /** Nothing is stored unless every row is valid. */
    ALL_OR_NOTHING,
    /** The valid rows are stored; rows with problems are left out. */
    VALID_ROWS;

    public String translationKey() {
        return "onboarding.mode." + name();
    }
}

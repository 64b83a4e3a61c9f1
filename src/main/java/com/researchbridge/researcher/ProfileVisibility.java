package com.researchbridge.researcher;

/** Who may see a researcher's profile. */
public enum ProfileVisibility {
    /** Every signed-in user of the site. */
    SIGNED_IN,
    /** Only the matcher (to propose partners) and research offices. */
    MATCHER_AND_OFFICES,
    /** Nobody but the researcher; the matcher does not use it either. */
    NOBODY;

    public String translationKey() {
        return "profile.visibility." + name();
    }
}

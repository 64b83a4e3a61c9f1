package com.researchbridge.researcher;

/** Who may see a researcher's profile. */
public enum ProfileVisibility {
    /** Every signed-in user of the site. */
    SIGNED_IN,
    /** Only the matcher (to propose partners) and research offices. */
    MATCHER_AND_OFFICES,
    /** Nobody but the researcher; the matcher does not use it either. */
    NOBODY;

    /**
     * Whether a signed-in user of the given role may see a profile with this visibility: the owner always;
     * every signed-in user a {@code SIGNED_IN} profile; research offices and administrators also a
     * {@code MATCHER_AND_OFFICES} one; nobody else a {@code NOBODY} one.
     */
    public boolean visibleTo(com.researchbridge.security.Role viewer, boolean owner) {
        return owner || switch (this) {
            case SIGNED_IN -> viewer != null;
            case MATCHER_AND_OFFICES -> viewer == com.researchbridge.security.Role.RESEARCH_OFFICE
                    || viewer == com.researchbridge.security.Role.ADMIN;
            case NOBODY -> false;
        };
    }

    /** The visibilities whose profiles a signed-in user of that role may see besides their own. */
    public static java.util.List<ProfileVisibility> seenBy(com.researchbridge.security.Role viewer) {
        return java.util.Arrays.stream(values()).filter(v -> v.visibleTo(viewer, false)).toList();
    }

    public String translationKey() {
        return "profile.visibility." + name();
    }
}

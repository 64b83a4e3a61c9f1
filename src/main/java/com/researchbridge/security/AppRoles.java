package com.researchbridge.security;

/** Role names for {@code @RolesAllowed}; they match {@link Role}. */
public final class AppRoles {

    public static final String RESEARCHER = "RESEARCHER";
    public static final String RESEARCH_OFFICE = "RESEARCH_OFFICE";
    public static final String ADMIN = "ADMIN";
    /** Not an account role: background work of the application itself (see {@link SystemAuthentication}). */
    public static final String SYSTEM = "SYSTEM";

    private AppRoles() {
    }
}

package com.researchbridge.security;

/** What an account may do on the site. Each account has exactly one role. */
public enum Role {
    RESEARCHER, RESEARCH_OFFICE, ADMIN;

    public String translationKey() {
        return "role." + name();
    }
}

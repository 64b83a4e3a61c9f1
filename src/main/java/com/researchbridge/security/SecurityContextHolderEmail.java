package com.researchbridge.security;

import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user's e-mail (the user name), normalised; empty when nobody is signed in. */
final class SecurityContextHolderEmail {

    private SecurityContextHolderEmail() {
    }

    static String current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : UserAccount.normalizeEmail(authentication.getName());
    }
}

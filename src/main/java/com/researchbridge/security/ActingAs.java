package com.researchbridge.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs a piece of the application's own batch work (demo data, benchmarks) as a real account, on the current
 * thread, and restores the previous identity afterwards. Never for a user's request: there the signed-in user
 * acts, and Vaadin reads them from the session anyway (see {@link SystemAuthentication}).
 */
public final class ActingAs {

    private ActingAs() {
    }

    public static <T> T call(UserDetailsService users, String email, Supplier<T> work) {
        var user = users.loadUserByUsername(email);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

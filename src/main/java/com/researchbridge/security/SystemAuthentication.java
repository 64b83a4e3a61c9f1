package com.researchbridge.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Background work of the application (building the matching and search indexes, demo data) runs as the role
 * {@code SYSTEM}, which no account can have; service methods meant only for such work require it.
 *
 * <p>The work runs on a thread of its own: in a request of the UI, Vaadin's security context strategy reads
 * the signed-in user from the Vaadin session before the thread's own context, so switching identity on the
 * request thread would have no effect (and must not leak into the user's session either).
 */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        var result = new AtomicReference<T>();
        var failure = new AtomicReference<Throwable>();
        Thread worker = Thread.ofVirtual().name("system-task").unstarted(() -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.SYSTEM))));
            SecurityContextHolder.setContext(context);
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for system work", e);
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}

package com.researchbridge.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords for one e-mail address within
 * {@link #WINDOW}, that account is locked for the rest of the window (the log-in page gives its usual answer,
 * so it reveals nothing). A successful log-in clears the count. Kept in memory: it protects one running
 * instance, and a restart forgets it.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        failures.remove(UserAccount.normalizeEmail(event.getAuthentication().getName()));
    }

    void failed(String email) {
        var now = clock.instant();
        failures.compute(UserAccount.normalizeEmail(email), (key, times) -> {
            var list = times == null ? new ArrayDeque<Instant>() : times;
            list.addLast(now);
            prune(list, now);
            return list;
        });
    }

    /** Whether too many wrong passwords were given for this address within the window. */
    boolean locked(String email) {
        var now = clock.instant();
        var times = failures.computeIfPresent(UserAccount.normalizeEmail(email), (key, list) -> {
            prune(list, now);
            return list.isEmpty() ? null : list;
        });
        return times != null && times.size() >= MAX_FAILURES;
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}

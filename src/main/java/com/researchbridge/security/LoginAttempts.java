package com.researchbridge.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords for one e-mail address within
 * {@link #WINDOW}, that account is locked for the rest of the window (the log-in page gives its usual answer,
 * so it reveals nothing). A successful log-in clears the count. Kept in memory: it protects one running
 * instance, and a restart forgets it.
 *
 * <p>Anyone may type anything into the log-in form, so the memory is bounded however it is used: names longer
 * than an e-mail address can be are not kept (no account has them), each name keeps only its last
 * {@link #MAX_FAILURES} failures (all the lock needs), names whose last failure has left the window are
 * dropped, and at most {@code capacity} names are kept — beyond that the one whose last failure is oldest goes.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** The longest e-mail address SMTP allows; no account has a longer one. */
    static final int MAX_NAME_LENGTH = 254;
    /** About 10,000 × (254 characters + 10 instants) stays under 10 MB. */
    static final int DEFAULT_CAPACITY = 10_000;

    /** Ordered by last failure, oldest first: expiry and eviction both take from the head. */
    private final LinkedHashMap<String, Deque<Instant>> failures = new LinkedHashMap<>();
    private final Clock clock;
    private final int capacity;

    @Autowired
    LoginAttempts(Clock clock) {
        this(clock, DEFAULT_CAPACITY);
    }

    LoginAttempts(Clock clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        var name = key(event.getAuthentication().getName());
        if (name != null) {
            synchronized (this) {
                failures.remove(name);
            }
        }
    }

    void failed(String email) {
        var name = key(email);
        if (name == null) {
            return;
        }
        var now = clock.instant();
        synchronized (this) {
            dropExpired(now);
            var times = failures.remove(name);
            if (times == null) {
                times = new ArrayDeque<>(MAX_FAILURES);
            }
            times.addLast(now);
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
            failures.put(name, times);
            if (failures.size() > capacity) {
                var eldest = failures.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
    }

    /** Whether too many wrong passwords were given for this address within the window. */
    boolean locked(String email) {
        var name = key(email);
        if (name == null) {
            return false;
        }
        var now = clock.instant();
        synchronized (this) {
            dropExpired(now);
            var times = failures.get(name);
            return times != null && times.size() >= MAX_FAILURES && inWindow(times.peekFirst(), now);
        }
    }

    /** How many names are kept now (after dropping the expired ones). */
    synchronized int trackedNames() {
        dropExpired(clock.instant());
        return failures.size();
    }

    /** How many characters of typed names are kept now. */
    synchronized long retainedCharacters() {
        dropExpired(clock.instant());
        return failures.keySet().stream().mapToLong(String::length).sum();
    }

    /** The compared form of a typed name, or null for one that cannot be an account's address. */
    private static String key(String typed) {
        if (typed == null || typed.length() > 4 * MAX_NAME_LENGTH) {
            return null;
        }
        var name = UserAccount.normalizeEmail(typed);
        return name.isEmpty() || name.length() > MAX_NAME_LENGTH ? null : name;
    }

    /** Names are ordered by last failure, so the expired ones are all at the head. */
    private void dropExpired(Instant now) {
        Iterator<Map.Entry<String, Deque<Instant>>> oldest = failures.entrySet().iterator();
        while (oldest.hasNext()) {
            var entry = oldest.next();
            if (inWindow(entry.getValue().peekLast(), now)) {
                return;
            }
            oldest.remove();
        }
    }

    private static boolean inWindow(Instant failure, Instant now) {
        return !failure.isBefore(now.minus(WINDOW));
    }
}

package com.researchbridge.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords for one e-mail address within
 * {@link #WINDOW}, that account is locked for the rest of the window (the log-in page gives its usual answer,
 * so it reveals nothing); after {@code maxClientFailures} wrong passwords from one client address within the
 * window, every log-in from that address is refused for the rest of it (guessing across many names). A
 * successful log-in clears the account's count.
 *
 * <p>The failures are kept in the database ({@code login_failure}), so every node of a cluster counts the same
 * guesses and a restart forgets nothing. Anyone may type anything into the log-in form, so what is stored is
 * bounded however the form is used: names longer than an e-mail address can be are never stored (no account has
 * them; {@code LoginFormLimits} already refuses them), each subject keeps only its last failures that the lock
 * needs (older ones are moved forward, not added), failures that left the window are pruned, and a locked client
 * adds nothing more.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** The longest e-mail address SMTP allows; no account has a longer one. */
    static final int MAX_NAME_LENGTH = 254;
    /** IPv6 with a zone fits many times over; anything longer is not a network address. */
    static final int MAX_CLIENT_LENGTH = 64;
    static final int DEFAULT_MAX_CLIENT_FAILURES = 100;
    private static final int PRUNE_EVERY = 200;

    private static final String NAME = "name:";
    private static final String CLIENT = "client:";

    private final JdbcClient db;
    private final Clock clock;
    private final int maxClientFailures;
    private final AtomicInteger sincePrune = new AtomicInteger();

    @Autowired
    LoginAttempts(DataSource dataSource, Clock clock,
                  @Value("${researchbridge.security.login.max-client-failures:" + DEFAULT_MAX_CLIENT_FAILURES + "}")
                  int maxClientFailures) {
        this.db = JdbcClient.create(dataSource);
        this.clock = clock;
        this.maxClientFailures = maxClientFailures;
    }

    LoginAttempts(DataSource dataSource, Clock clock) {
        this(dataSource, clock, DEFAULT_MAX_CLIENT_FAILURES);
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getName()), clientOf(event.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        var name = key(event.getAuthentication().getName());
        if (name != null) {
            db.sql("delete from login_failure where subject = ?").param(NAME + name).update();
        }
    }

    void failed(String email) {
        failed(email, null);
    }

    /** One wrong password for this typed name, from this client address (null when unknown). */
    void failed(String email, String client) {
        var now = clock.instant();
        var name = key(email);
        if (name != null) {
            record(NAME + name, MAX_FAILURES, now);
        }
        var address = clientKey(client);
        if (address != null) {
            record(CLIENT + address, maxClientFailures, now);
        }
        if (sincePrune.incrementAndGet() >= PRUNE_EVERY) {
            prune();
        }
    }

    /** Whether too many wrong passwords were given for this address within the window. */
    boolean locked(String email) {
        var name = key(email);
        return name != null && failuresInWindow(NAME + name, clock.instant()) >= MAX_FAILURES;
    }

    /** Whether too many wrong passwords came from this client address within the window. */
    boolean clientLocked(String client) {
        var address = clientKey(client);
        return address != null && failuresInWindow(CLIENT + address, clock.instant()) >= maxClientFailures;
    }

    /** Drops the failures that left the window, on every node once a minute (idempotent, so no lock needed). */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void prune() {
        sincePrune.set(0);
        db.sql("delete from login_failure where failed_at < ?").param(at(clock.instant().minus(WINDOW))).update();
    }

    /** How many names have failures in the window (after pruning). */
    int trackedNames() {
        prune();
        return db.sql("select count(distinct subject) from login_failure where subject like 'name:%'")
                .query(Integer.class).single();
    }

    /** How many characters of typed names are stored now (after pruning). */
    long retainedCharacters() {
        prune();
        return db.sql("select coalesce(sum(length(subject) - 5), 0) from login_failure where subject like 'name:%'")
                .query(Long.class).single();
    }

    static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    /**
     * Adds a failure, or, when the subject already has as many in the window as the lock needs, moves its oldest
     * one to now: the lock lasts until the last {@code max} failures have left the window, as before, and the
     * subject never holds more rows than that (two nodes at the same moment may add one each).
     */
    private void record(String subject, int max, Instant now) {
        var since = at(now.minus(WINDOW));
        db.sql("delete from login_failure where subject = ? and failed_at < ?").param(subject).param(since).update();
        if (failuresInWindow(subject, now) < max) {
            db.sql("insert into login_failure (subject, failed_at) values (?, ?)").param(subject).param(at(now)).update();
            return;
        }
        db.sql("""
                update login_failure set failed_at = ? where id = (
                    select id from login_failure where subject = ? order by failed_at, id fetch first 1 rows only)
                """).param(at(now)).param(subject).update();
    }

    private int failuresInWindow(String subject, Instant now) {
        return db.sql("select count(*) from login_failure where subject = ? and failed_at >= ?")
                .param(subject).param(at(now.minus(WINDOW))).query(Integer.class).single();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The compared form of a typed name, or null for one that cannot be an account's address. */
    private static String key(String typed) {
        if (typed == null || typed.length() > 4 * MAX_NAME_LENGTH) {
            return null;
        }
        var name = UserAccount.normalizeEmail(typed);
        return name.isEmpty() || name.length() > MAX_NAME_LENGTH ? null : name;
    }

    private static String clientKey(String client) {
        if (client == null) {
            return null;
        }
        var address = client.strip();
        return address.isEmpty() || address.length() > MAX_CLIENT_LENGTH ? null : address;
    }
}

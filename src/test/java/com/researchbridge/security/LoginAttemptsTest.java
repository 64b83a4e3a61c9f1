package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import com.researchbridge.testsupport.MigratedH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The lock-out, over a real (H2 file) database as the nodes of a cluster share it. */
class LoginAttemptsTest {

    @TempDir
    static java.nio.file.Path dir;
    private static DataSource database;

    @BeforeEach
    void emptyTable() {
        if (database == null) {
            database = MigratedH2.in(dir);
        }
        JdbcClient.create(database).sql("delete from login_failure").update();
    }

    private static LoginAttempts attempts(Clock clock) {
        return new LoginAttempts(database, clock);
    }

    private static long storedRows() {
        return JdbcClient.create(database).sql("select count(*) from login_failure").query(Long.class).single();
    }

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void tenWrongPasswordsWithinTheWindowLockTheAddressUntilTheOldestFailureIsOutOfIt() {
        var clock = new HandClock();
        var attempts = attempts(clock);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            attempts.failed("Someone@KazNU.kz");
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(attempts.locked("someone@kaznu.kz")).isFalse();
        attempts.failed("someone@kaznu.kz");
        assertThat(attempts.locked(" SOMEONE@kaznu.kz ")).as("the address is compared as the log-in compares it").isTrue();
        assertThat(attempts.locked("other@kaznu.kz")).isFalse();

        clock.advance(LoginAttempts.WINDOW.minus(Duration.ofSeconds(4 * 30)));
        assertThat(attempts.locked("someone@kaznu.kz")).as("the oldest failure has left the window").isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverLock() {
        var clock = new HandClock();
        var attempts = attempts(clock);
        for (int i = 0; i < 3 * LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed("slow@kaznu.kz");
            clock.advance(LoginAttempts.WINDOW.dividedBy(LoginAttempts.MAX_FAILURES - 1));
        }
        assertThat(attempts.locked("slow@kaznu.kz")).isFalse();
    }

    @Test
    void thousandsOfLongDistinctNamesStoreOnlyBoundedNamesAndArePruned() {
        var clock = new HandClock();
        var attempts = attempts(clock);
        for (int i = 0; i < 2_000; i++) {
            attempts.failed(i + "-" + "x".repeat(40) + "@" + "y".repeat(200) + ".kz");
            if (i % 10 == 0) {
                attempts.failed("huge-" + i + "x".repeat(100_000));
            }
        }
        assertThat(attempts.trackedNames()).as("names kept").isEqualTo(2_000);
        assertThat(attempts.retainedCharacters()).as("characters kept")
                .isLessThanOrEqualTo(2_000L * LoginAttempts.MAX_NAME_LENGTH);
        clock.advance(LoginAttempts.WINDOW.plusSeconds(1));
        attempts.prune();
        assertThat(storedRows()).as("all pruned once out of the window").isZero();
    }

    @Test
    void twoNodesOnOneDatabaseCountTheSameGuesses() {
        var clock = new HandClock();
        var nodeA = attempts(clock);
        var nodeB = attempts(clock);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            (i % 2 == 0 ? nodeA : nodeB).failed("shared@kaznu.kz");
        }
        assertThat(nodeA.locked("shared@kaznu.kz")).isTrue();
        assertThat(nodeB.locked("shared@kaznu.kz")).isTrue();
        assertThat(attempts(clock).locked("shared@kaznu.kz")).as("a node started later").isTrue();
    }

    @Test
    void oneClientGuessingAcrossManyNamesIsLockedWithoutLockingThoseAccounts() {
        var clock = new HandClock();
        var attempts = new LoginAttempts(database, clock, 30);
        for (int i = 0; i < 30; i++) {
            attempts.failed("spray-" + i + "@kaznu.kz", "203.0.113.7");
        }
        assertThat(attempts.clientLocked("203.0.113.7")).isTrue();
        assertThat(attempts.clientLocked("203.0.113.8")).isFalse();
        assertThat(attempts.locked("spray-1@kaznu.kz")).isFalse();
        clock.advance(LoginAttempts.WINDOW.plusSeconds(1));
        assertThat(attempts.clientLocked("203.0.113.7")).isFalse();
    }

    @Test
    void aClientAddressThatIsNotOneIsNotStored() {
        var attempts = attempts(new HandClock());
        attempts.failed(null, "z".repeat(100_000));
        assertThat(storedRows()).isZero();
    }

    @Test
    void namesLongerThanAnEmailAddressAreNotKept() {
        var attempts = attempts(new HandClock());
        for (int i = 0; i < 2 * LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed("a".repeat(2_000_000) + "@kaznu.kz");
        }
        assertThat(attempts.trackedNames()).isZero();
        assertThat(storedRows()).as("nothing stored").isZero();
        assertThat(attempts.locked("a".repeat(2_000_000) + "@kaznu.kz")).isFalse();
    }

    @Test
    void oneNameKeepsOnlyTheFailuresTheLockNeeds() {
        var clock = new HandClock();
        var attempts = attempts(clock);
        for (int i = 0; i < 1_000; i++) {
            attempts.failed("target@kaznu.kz");
        }
        assertThat(attempts.locked("target@kaznu.kz")).isTrue();
        assertThat(storedRows()).as("rows kept for one name").isEqualTo(LoginAttempts.MAX_FAILURES);
        clock.advance(LoginAttempts.WINDOW.plusSeconds(1));
        assertThat(attempts.locked("target@kaznu.kz")).as("ten kept failures, all out of the window").isFalse();
    }

    @Test
    void namesWhoseLastFailureLeftTheWindowAreDropped() {
        var clock = new HandClock();
        var attempts = attempts(clock);
        for (int i = 0; i < 500; i++) {
            attempts.failed("early-" + i + "@kaznu.kz");
        }
        clock.advance(LoginAttempts.WINDOW.dividedBy(2));
        attempts.failed("later@kaznu.kz");
        assertThat(attempts.trackedNames()).isEqualTo(501);

        clock.advance(LoginAttempts.WINDOW.dividedBy(2).plusSeconds(1));
        assertThat(attempts.trackedNames()).as("only the later name is still in its window").isEqualTo(1);
        clock.advance(LoginAttempts.WINDOW);
        assertThat(attempts.trackedNames()).isZero();
        assertThat(attempts.retainedCharacters()).isZero();
    }

    @Test
    void aLockedAddressStaysLockedWhileOtherNamesComeAndGo() {
        var clock = new HandClock();
        var attempts = attempts(clock);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed("victim@kaznu.kz");
        }
        for (int i = 0; i < 99; i++) {
            attempts.failed("other-" + i + "@kaznu.kz");
        }
        assertThat(attempts.locked("victim@kaznu.kz")).isTrue();
    }
}

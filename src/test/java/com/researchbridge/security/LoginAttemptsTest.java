package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

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
        var attempts = new LoginAttempts(clock);
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
        var attempts = new LoginAttempts(clock);
        for (int i = 0; i < 3 * LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed("slow@kaznu.kz");
            clock.advance(LoginAttempts.WINDOW.dividedBy(LoginAttempts.MAX_FAILURES - 1));
        }
        assertThat(attempts.locked("slow@kaznu.kz")).isFalse();
    }

    @Test
    void tensOfThousandsOfLongDistinctNamesKeepTheMemoryBounded() {
        var clock = new HandClock();
        var attempts = new LoginAttempts(clock, 1_000);
        for (int i = 0; i < 50_000; i++) {
            attempts.failed(i + "-" + "x".repeat(2_000_000 / 50_000) + "@" + "y".repeat(200) + ".kz");
            if (i % 10 == 0) {
                attempts.failed("huge-" + i + "x".repeat(100_000));
            }
        }
        assertThat(attempts.trackedNames()).as("names kept").isEqualTo(1_000);
        assertThat(attempts.retainedCharacters()).as("characters kept")
                .isLessThanOrEqualTo(1_000L * LoginAttempts.MAX_NAME_LENGTH);
    }

    @Test
    void namesLongerThanAnEmailAddressAreNotKept() {
        var attempts = new LoginAttempts(new HandClock());
        for (int i = 0; i < 2 * LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed("a".repeat(2_000_000) + "@kaznu.kz");
        }
        assertThat(attempts.trackedNames()).isZero();
        assertThat(attempts.locked("a".repeat(2_000_000) + "@kaznu.kz")).isFalse();
    }

    @Test
    void oneNameKeepsOnlyTheFailuresTheLockNeeds() {
        var clock = new HandClock();
        var attempts = new LoginAttempts(clock);
        for (int i = 0; i < 100_000; i++) {
            attempts.failed("target@kaznu.kz");
        }
        assertThat(attempts.locked("target@kaznu.kz")).isTrue();
        clock.advance(LoginAttempts.WINDOW.plusSeconds(1));
        assertThat(attempts.locked("target@kaznu.kz")).as("ten kept failures, all out of the window").isFalse();
    }

    @Test
    void namesWhoseLastFailureLeftTheWindowAreDropped() {
        var clock = new HandClock();
        var attempts = new LoginAttempts(clock);
        for (int i = 0; i < 5_000; i++) {
            attempts.failed("early-" + i + "@kaznu.kz");
        }
        clock.advance(LoginAttempts.WINDOW.dividedBy(2));
        attempts.failed("later@kaznu.kz");
        assertThat(attempts.trackedNames()).isEqualTo(5_001);

        clock.advance(LoginAttempts.WINDOW.dividedBy(2).plusSeconds(1));
        assertThat(attempts.trackedNames()).as("only the later name is still in its window").isEqualTo(1);
        clock.advance(LoginAttempts.WINDOW);
        assertThat(attempts.trackedNames()).isZero();
        assertThat(attempts.retainedCharacters()).isZero();
    }

    @Test
    void aLockedAddressStaysLockedWhileOtherNamesComeAndGo() {
        var clock = new HandClock();
        var attempts = new LoginAttempts(clock, 100);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed("victim@kaznu.kz");
        }
        for (int i = 0; i < 99; i++) {
            attempts.failed("other-" + i + "@kaznu.kz");
        }
        assertThat(attempts.locked("victim@kaznu.kz")).isTrue();
    }
}

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
}

package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shortPasswordsAreRejected() {
        assertThat(policy.isStrongEnough("x9#Lq")).isFalse();
        assertThat(policy.isStrongEnough(null)).isFalse();
    }

    @Test
    void longButGuessablePasswordsAreRejected() {
        assertThat(policy.isStrongEnough("password123")).isFalse();
        assertThat(policy.isStrongEnough("qwertyuiop")).isFalse();
        assertThat(policy.isStrongEnough("1234567890")).isFalse();
    }

    @Test
    void theUsersOwnNameDoesNotMakeAStrongPassword() {
        assertThat(policy.isStrongEnough("aigerim2024", "Aigerim Nurlanova", "aigerim@kaznu.kz")).isFalse();
    }

    @Test
    void passphrasesAreAccepted() {
        assertThat(policy.isStrongEnough("glacier-runoff-Tianshan-77")).isTrue();
        assertThat(policy.isStrongEnough("Bridge-Demo-2026")).isTrue();
    }

    @Test
    void absurdlyLongPasswordsAreRejected() {
        assertThat(policy.isStrongEnough("a9#".repeat(50))).isFalse();
    }
}

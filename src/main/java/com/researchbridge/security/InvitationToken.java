package com.researchbridge.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Invitation tokens: 32 random bytes in URL-safe Base64. Only a SHA-256 hash is stored; with 256 bits of
 * randomness a salt or a slow hash adds nothing, and the hash lets us look the token up directly.
 */
final class InvitationToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationToken() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * A password hash no password matches: the bcrypt encoder rejects anything that is not a bcrypt hash. The
     * invited account is disabled as well; its real hash is set when the invitation is accepted.
     */
    static String unusablePasswordHash() {
        return UNUSABLE_PREFIX + generate();
    }

    static boolean isUnusablePasswordHash(String hash) {
        return hash != null && hash.startsWith(UNUSABLE_PREFIX);
    }

    private static final String UNUSABLE_PREFIX = "{bcrypt}!invited!";
}

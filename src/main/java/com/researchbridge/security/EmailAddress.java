package com.researchbridge.security;

/** The e-mail rules of accounts, for modules that check addresses before asking for an account. */
public final class EmailAddress {

    private EmailAddress() {
    }

    /** Trimmed and lower-cased: e-mail addresses are compared without regard to case. */
    public static String normalize(String email) {
        return UserAccount.normalizeEmail(email);
    }

    public static boolean isWellFormed(String email) {
        var normalized = normalize(email);
        return normalized.length() <= 254 && RegistrationValidator.EMAIL.matcher(normalized).matches();
    }
}

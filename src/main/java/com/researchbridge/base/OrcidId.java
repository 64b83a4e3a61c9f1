package com.researchbridge.base;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ORCID iD such as {@code 0000-0002-1825-0097}, checked by its ISO 7064 MOD 11-2 check character.
 * Accepts the bare form, the form without hyphens, and the https://orcid.org/ URL.
 */
public record OrcidId(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

    public OrcidId {
        if (value == null || !FORMAT.matcher(value).matches() || !checkCharacterMatches(value)) {
            throw new IllegalArgumentException("Not a valid ORCID iD: " + value);
        }
    }

    public static Optional<OrcidId> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = input.strip().toUpperCase(java.util.Locale.ROOT)
                .replaceFirst("^HTTPS?://(WWW\\.)?ORCID\\.ORG/", "");
        if (s.matches("\\d{15}[\\dX]")) {
            s = s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12);
        }
        try {
            return Optional.of(new OrcidId(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean checkCharacterMatches(String id) {
        String digits = id.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char expected = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(15) == expected;
    }

    public String url() {
        return "https://orcid.org/" + value;
    }
}

package com.researchbridge.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Rejects passwords that are short or easy to guess. Guessability is estimated with zxcvbn, which knows
 * common passwords, names, keyboard patterns and dates, and also penalises the user's own name and e-mail.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    public boolean isStrongEnough(String password, String... personalWords) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return false;
        }
        var words = java.util.Arrays.stream(personalWords).filter(w -> w != null && !w.isBlank()).toList();
        return zxcvbn.measure(password, List.copyOf(words)).getScore() >= MIN_SCORE;
    }
}

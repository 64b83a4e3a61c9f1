package com.researchbridge.security;

import java.util.List;

/**
 * Registration refused; nothing was stored. Each problem names the form field and a translation key, so
 * that the form can show it beside the field in the user's language.
 */
public class RegistrationRejected extends RuntimeException {

    public enum Field { FULL_NAME, EMAIL, PASSWORD, COUNTRY, INSTITUTION }

    public record Problem(Field field, String messageKey) {
    }

    private final transient List<Problem> problems;

    public RegistrationRejected(List<Problem> problems) {
        super("Registration rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

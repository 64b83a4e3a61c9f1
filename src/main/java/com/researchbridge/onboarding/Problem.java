package com.researchbridge.onboarding;

import java.util.List;

/** One thing wrong with the file or a row: a translation key and its arguments. */
public record Problem(String messageKey, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    static Problem of(String messageKey, Object... arguments) {
        return new Problem(messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}

package com.researchbridge.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short reference for one unexpected error: written to the log with the whole exception and shown to the user,
 * so that an administrator finds the log entry from what the user reports. Carries no detail of the error itself.
 */
record ErrorReference(String value) {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final SecureRandom random = new SecureRandom();

    /** Logs the error under a new reference and returns the reference. */
    static ErrorReference logged(Throwable error, String where) {
        var bytes = new byte[5];
        random.nextBytes(bytes);
        var reference = new ErrorReference("RB-" + HexFormat.of().withUpperCase().formatHex(bytes));
        log.error("Unexpected error {} in {}", reference.value(), where, error);
        return reference;
    }

    @Override
    public String toString() {
        return value;
    }
}

package com.researchbridge.researcher.publication;

/** A whole file refused (unknown format, too large, not UTF-8, no entries); the key says why. */
public class ImportRejected extends RuntimeException {

    private final String messageKey;

    public ImportRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

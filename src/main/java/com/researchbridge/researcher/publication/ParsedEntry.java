package com.researchbridge.researcher.publication;

/**
 * One entry of an uploaded file: either a publication or the reason it could not be read (a translation key).
 * {@code number} counts entries from 1 in file order.
 */
public record ParsedEntry(int number, PublicationData publication, String problemKey) {

    public static ParsedEntry ok(int number, PublicationData publication) {
        return new ParsedEntry(number, publication, null);
    }

    public static ParsedEntry broken(int number, String problemKey) {
        return new ParsedEntry(number, null, problemKey);
    }

    public boolean isOk() {
        return publication != null;
    }
}

package com.researchbridge.project;

/**
 * A request or step refused as a whole, nothing stored; the message key names the reason in the user's
 * language, and the field, when there is one, the part of the form at fault.
 */
public class ProjectRefused extends RuntimeException {

    public enum Field { TITLE, DESCRIPTION, COMMENT, KIND, DATE, LINK }

    private final String messageKey;
    private final transient Field field;

    public ProjectRefused(String messageKey) {
        this(null, messageKey);
    }

    public ProjectRefused(Field field, String messageKey) {
        super("Refused: " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field at fault, or {@code null} when the refusal concerns the step itself. */
    public Field field() {
        return field;
    }
}

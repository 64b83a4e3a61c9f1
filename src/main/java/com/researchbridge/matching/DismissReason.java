package com.researchbridge.matching;

/** Why a researcher does not want a suggested partner. */
public enum DismissReason {
    OTHER_FIELD, ALREADY_IN_CONTACT, NOT_INTERESTED, OTHER;

    public String translationKey() {
        return "partners.dismiss.reason." + name();
    }
}

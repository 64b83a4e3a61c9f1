package com.researchbridge.project;

/** One research office's decision on a joint project involving its institution. */
public enum OfficeReview {
    PENDING, APPROVED, REJECTED;

    public String translationKey() {
        return "project.review." + name();
    }
}

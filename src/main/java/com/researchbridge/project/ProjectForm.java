package com.researchbridge.project;

/** What a researcher writes when proposing or revising a joint project. */
public record ProjectForm(String title, String description) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_COMMENT = 1000;

    /** The form with surrounding blanks removed; refused with the first problem found. */
    ProjectForm checked() {
        String t = title == null ? "" : title.strip();
        String d = description == null ? "" : description.strip();
        if (t.isEmpty()) {
            throw new ProjectRefused(ProjectRefused.Field.TITLE, "project.refused.titleMissing");
        }
        if (t.length() > MAX_TITLE || t.contains("\n")) {
            throw new ProjectRefused(ProjectRefused.Field.TITLE, "project.refused.titleTooLong");
        }
        if (d.isEmpty()) {
            throw new ProjectRefused(ProjectRefused.Field.DESCRIPTION, "project.refused.descriptionMissing");
        }
        if (d.length() > MAX_DESCRIPTION) {
            throw new ProjectRefused(ProjectRefused.Field.DESCRIPTION, "project.refused.descriptionTooLong");
        }
        return new ProjectForm(t, d);
    }

    /** A comment or reason with surrounding blanks removed, {@code null} when blank; refused when too long. */
    static String checkedComment(String comment, boolean required) {
        String c = comment == null ? "" : comment.strip();
        if (c.isEmpty()) {
            if (required) {
                throw new ProjectRefused(ProjectRefused.Field.COMMENT, "project.refused.reasonMissing");
            }
            return null;
        }
        if (c.length() > MAX_COMMENT) {
            throw new ProjectRefused(ProjectRefused.Field.COMMENT, "project.refused.commentTooLong");
        }
        return c;
    }
}

package com.researchbridge.project;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

/** What a researcher reports a project produced: the kind, a title, when, and optionally a link (DOI, web page). */
public record OutputForm(OutputKind kind, String title, LocalDate occurredOn, String link) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_LINK = 500;

    /** The form with blanks removed; refused with the first problem found. */
    OutputForm checked(LocalDate today) {
        if (kind == null) {
            throw new ProjectRefused(ProjectRefused.Field.KIND, "project.refused.kindMissing");
        }
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new ProjectRefused(ProjectRefused.Field.TITLE, "project.refused.outputTitleMissing");
        }
        if (t.length() > MAX_TITLE || t.contains("\n")) {
            throw new ProjectRefused(ProjectRefused.Field.TITLE, "project.refused.outputTitleTooLong");
        }
        if (occurredOn == null) {
            throw new ProjectRefused(ProjectRefused.Field.DATE, "project.refused.dateMissing");
        }
        if (occurredOn.isAfter(today)) {
            throw new ProjectRefused(ProjectRefused.Field.DATE, "project.refused.dateInFuture");
        }
        String l = link == null || link.isBlank() ? null : link.strip();
        if (l != null && !isWebAddress(l)) {
            throw new ProjectRefused(ProjectRefused.Field.LINK, "project.refused.linkInvalid");
        }
        return new OutputForm(kind, t, occurredOn, l);
    }

    private static boolean isWebAddress(String text) {
        if (text.length() > MAX_LINK || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            var uri = URI.create(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

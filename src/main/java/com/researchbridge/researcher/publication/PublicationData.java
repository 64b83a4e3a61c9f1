package com.researchbridge.researcher.publication;

import java.util.Locale;
import java.util.regex.Pattern;

/** A publication as read from a file or a form, before it is stored. */
public record PublicationData(String title, String abstractText, Integer year, String venue, String doi) {

    private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/\\S+$");
    private static final Pattern DOI_PREFIX = Pattern.compile("^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);

    /** The DOI in lower case without a resolver prefix, or {@code null} when absent or malformed. */
    public static String normalizeDoi(String doi) {
        if (doi == null || doi.isBlank()) {
            return null;
        }
        String d = DOI_PREFIX.matcher(doi.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
        return DOI.matcher(d).matches() ? d : null;
    }

    /** Title reduced to letters and digits in lower case, so that small differences do not hide a duplicate. */
    public static String normalizeTitle(String title) {
        if (title == null) {
            return "";
        }
        return java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

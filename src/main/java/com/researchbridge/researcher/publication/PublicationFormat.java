package com.researchbridge.researcher.publication;

import java.util.Locale;
import java.util.Optional;

/** File formats researchers can import publications from. */
public enum PublicationFormat {
    BIBTEX, RIS, ORCID;

    /** From the file name: .bib, .ris, .json (an ORCID public record or works export). */
    public static Optional<PublicationFormat> of(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
            return Optional.of(BIBTEX);
        }
        if (name.endsWith(".ris")) {
            return Optional.of(RIS);
        }
        if (name.endsWith(".json")) {
            return Optional.of(ORCID);
        }
        return Optional.empty();
    }
}

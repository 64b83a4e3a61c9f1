package com.researchbridge.researcher.publication;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;

/**
 * Reads BibTeX with jbibtex, one entry at a time, so that a broken entry is reported on its own instead of
 * failing the file. LaTeX in values ({@code {\"u}}, {@code \'e}) becomes Unicode.
 */
final class BibtexReader {

    private BibtexReader() {
    }

    static List<ParsedEntry> read(String text) {
        var result = new ArrayList<ParsedEntry>();
        int number = 0;
        for (String chunk : text.split("(?m)^(?=\\s*@)")) {
            String trimmed = chunk.strip();
            if (!trimmed.startsWith("@") || trimmed.regionMatches(true, 0, "@comment", 0, 8)
                    || trimmed.regionMatches(true, 0, "@string", 0, 7) || trimmed.regionMatches(true, 0, "@preamble", 0, 9)) {
                continue;
            }
            number++;
            result.add(entry(number, trimmed));
        }
        return result;
    }

    private static ParsedEntry entry(int number, String chunk) {
        BibTeXDatabase database;
        try {
            database = new BibTeXParser().parse(new StringReader(chunk));
        } catch (Exception e) {
            return ParsedEntry.broken(number, "publications.error.syntax");
        }
        if (database.getEntries().isEmpty()) {
            return ParsedEntry.broken(number, "publications.error.syntax");
        }
        BibTeXEntry entry = database.getEntries().values().iterator().next();
        String title = field(entry, BibTeXEntry.KEY_TITLE);
        if (title == null || title.isBlank()) {
            return ParsedEntry.broken(number, "publications.error.noTitle");
        }
        String venue = field(entry, BibTeXEntry.KEY_JOURNAL);
        if (venue == null) {
            venue = field(entry, BibTeXEntry.KEY_BOOKTITLE);
        }
        return ParsedEntry.ok(number, new PublicationData(title, field(entry, new Key("abstract")),
                year(field(entry, BibTeXEntry.KEY_YEAR)), venue, PublicationData.normalizeDoi(field(entry, BibTeXEntry.KEY_DOI))));
    }

    private static String field(BibTeXEntry entry, Key key) {
        Value value = entry.getField(key);
        if (value == null) {
            return null;
        }
        String raw = value.toUserString();
        try {
            var latex = new LaTeXParser().parse(raw);
            return new LaTeXPrinter().print(latex).replaceAll("\\s+", " ").strip();
        } catch (Exception e) {
            return raw.replaceAll("[{}]", "").replaceAll("\\s+", " ").strip();
        }
    }

    static Integer year(String s) {
        if (s == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d").matcher(s);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }
}

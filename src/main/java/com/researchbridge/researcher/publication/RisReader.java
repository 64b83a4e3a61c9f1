package com.researchbridge.researcher.publication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads RIS (the tagged format of reference managers): records from {@code TY  - } to {@code ER  - }, tags
 * TI/T1 title, AB/N2 abstract, PY/Y1/DA year, JO/JF/T2 venue, DO doi. A record without a title, or one that
 * never ends, is reported on its own.
 */
final class RisReader {

    private static final Pattern LINE = Pattern.compile("^([A-Z][A-Z0-9])  - ?(.*)$");

    private RisReader() {
    }

    /** The records of a file, in order; stops after {@link PublicationService#MAX_ENTRIES} + 1 records. */
    static List<ParsedEntry> read(String text) {
        var result = new ArrayList<ParsedEntry>();
        // Values grow in builders: continued lines appended by concatenation copied the value each time, which
        // was quadratic (found by the parser fuzz test).
        Map<String, StringBuilder> record = null;
        int number = 0;
        String lastTag = null;
        for (String raw : text.split("\\r?\\n")) {
            if (result.size() > PublicationService.MAX_ENTRIES) {
                return result;
            }
            String line = raw.stripTrailing();
            var m = LINE.matcher(line);
            if (!m.matches()) {
                if (record != null && lastTag != null && !line.isBlank()) {
                    record.get(lastTag).append(' ').append(line.strip()); // continued value
                }
                continue;
            }
            String tag = m.group(1);
            String value = m.group(2).strip();
            if (tag.equals("TY")) {
                if (record != null) {
                    result.add(ParsedEntry.broken(number, "publications.error.unterminated"));
                }
                number++;
                record = new HashMap<>();
                lastTag = null;
            } else if (tag.equals("ER")) {
                if (record != null) {
                    result.add(toEntry(number, record));
                }
                record = null;
                lastTag = null;
            } else if (record != null) {
                // A repeated tag keeps its first value; its continuation lines are dropped with it.
                lastTag = record.putIfAbsent(tag, new StringBuilder(value)) == null ? tag : null;
            }
        }
        if (record != null && result.size() <= PublicationService.MAX_ENTRIES) {
            result.add(ParsedEntry.broken(number, "publications.error.unterminated"));
        }
        return result;
    }

    private static ParsedEntry toEntry(int number, Map<String, StringBuilder> r) {
        String title = first(r, "TI", "T1", "CT");
        if (title == null || title.isBlank()) {
            return ParsedEntry.broken(number, "publications.error.noTitle");
        }
        return ParsedEntry.ok(number, new PublicationData(title, first(r, "AB", "N2"),
                BibtexReader.year(first(r, "PY", "Y1", "DA")), first(r, "JO", "JF", "T2", "JA"),
                PublicationData.normalizeDoi(first(r, "DO"))));
    }

    private static String first(Map<String, StringBuilder> r, String... tags) {
        for (String tag : tags) {
            String value = r.containsKey(tag) ? r.get(tag).toString().strip() : "";
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }
}

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

    static List<ParsedEntry> read(String text) {
        var result = new ArrayList<ParsedEntry>();
        Map<String, String> record = null;
        int number = 0;
        String lastTag = null;
        for (String raw : text.split("\\r?\\n")) {
            String line = raw.stripTrailing();
            var m = LINE.matcher(line);
            if (!m.matches()) {
                if (record != null && lastTag != null && !line.isBlank()) {
                    record.merge(lastTag, " " + line.strip(), String::concat); // continued value
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
            } else if (tag.equals("ER")) {
                if (record != null) {
                    result.add(toEntry(number, record));
                }
                record = null;
            } else if (record != null) {
                record.putIfAbsent(tag, value);
                lastTag = tag;
            }
        }
        if (record != null) {
            result.add(ParsedEntry.broken(number, "publications.error.unterminated"));
        }
        return result;
    }

    private static ParsedEntry toEntry(int number, Map<String, String> r) {
        String title = first(r, "TI", "T1", "CT");
        if (title == null || title.isBlank()) {
            return ParsedEntry.broken(number, "publications.error.noTitle");
        }
        return ParsedEntry.ok(number, new PublicationData(title, first(r, "AB", "N2"),
                BibtexReader.year(first(r, "PY", "Y1", "DA")), first(r, "JO", "JF", "T2", "JA"),
                PublicationData.normalizeDoi(first(r, "DO"))));
    }

    private static String first(Map<String, String> r, String... tags) {
        for (String tag : tags) {
            if (r.containsKey(tag) && !r.get(tag).isBlank()) {
                return r.get(tag).strip();
            }
        }
        return null;
    }
}

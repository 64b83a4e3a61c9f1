package com.researchbridge.onboarding;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a researcher list: UTF-8 (with or without byte order mark), comma- or semicolon-separated (spreadsheets
 * in Russian locales write semicolons), a header row naming the columns in any order. Refuses the whole file
 * when it is too large, not UTF-8 or not well-formed CSV.
 */
final class RosterReader {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    static final List<String> COLUMNS = List.of("email", "full_name", "position", "field_code", "orcid", "language");
    static final List<String> REQUIRED = List.of("email", "full_name");

    /** The rows of a readable file, or no rows and the header problems that make its rows meaningless. */
    record Roster(List<Problem> fileProblems, List<RosterRow> rows) {
    }

    private RosterReader() {
    }

    static Roster read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new RosterRejected(Problem.of("onboarding.error.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new RosterRejected(Problem.of("onboarding.error.empty"));
        }
        var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        var records = new ArrayList<CSVRecord>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            try {
                for (CSVRecord record : parser) {
                    if (records.size() > MAX_ROWS) {
                        throw new RosterRejected(Problem.of("onboarding.error.tooManyRows", MAX_ROWS));
                    }
                    records.add(record);
                }
            } catch (UncheckedIOException | IllegalStateException malformed) {
                throw new RosterRejected(Problem.of("onboarding.error.malformed", parser.getCurrentLineNumber()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return toRoster(records);
    }

    private static Roster toRoster(List<CSVRecord> records) {
        Map<String, Integer> columns = new HashMap<>();
        var header = records.getFirst();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(columnName(header.get(i)), i);
        }
        var problems = new ArrayList<Problem>();
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(Problem.of("onboarding.file.missingColumn", required));
            }
        }
        if (!problems.isEmpty()) {
            return new Roster(problems, List.of());
        }
        if (records.size() == 1) {
            return new Roster(List.of(Problem.of("onboarding.file.noRows")), List.of());
        }
        var rows = new ArrayList<RosterRow>();
        for (int r = 1; r < records.size(); r++) {
            var record = records.get(r);
            rows.add(new RosterRow(r + 1, value(record, columns, "email"), value(record, columns, "full_name"),
                    value(record, columns, "position"), value(record, columns, "field_code"),
                    value(record, columns, "orcid"), value(record, columns, "language")));
        }
        return new Roster(List.of(), rows);
    }

    /** Strict UTF-8: a file saved as Windows-1251 or GBK is refused instead of turning into garbled names. */
    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (utf16) {
            throw new RosterRejected(Problem.of("onboarding.error.encoding"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new RosterRejected(Problem.of("onboarding.error.encoding"));
        }
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    }

    private static String columnName(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return switch (name) {
            case "e_mail", "mail" -> "email";
            case "name" -> "full_name";
            default -> name;
        };
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }
}

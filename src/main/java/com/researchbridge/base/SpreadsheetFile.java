package com.researchbridge.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one way the site writes CSV and TSV files: Apache Commons CSV does the quoting, and every cell, whatever
 * its type, passes through {@link SpreadsheetText#cell} so that no cell a user could have written starts a
 * spreadsheet formula. Writers give the header and the rows; they never print cells themselves.
 */
public final class SpreadsheetFile {

    /** RFC 4180, every cell quoted (mail-merge tools and spreadsheets then never guess a type). */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    /**
     * Tab-separated, one record per line, no quoting: the format of files that are also read line by line and
     * split at tabs (the research vocabulary). A tab or line break inside a cell is escaped with a backslash.
     */
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setQuoteMode(QuoteMode.NONE).setEscape('\\')
            .setRecordSeparator('\n').setIgnoreSurroundingSpaces(false).get();

    private SpreadsheetFile() {
    }

    /** A CSV file starting with a byte order mark, so that spreadsheet programs read Kazakh and Chinese right. */
    public static String csv(String[] header, Iterable<? extends List<?>> rows) {
        return "\uFEFF" + write(CSV, header, rows);
    }

    /** A TSV file without byte order mark (it is read back by programs as well as by people). */
    public static String tsv(String[] header, Iterable<? extends List<?>> rows) {
        return write(TSV, header, rows);
    }

    private static String write(CSVFormat format, String[] header, Iterable<? extends List<?>> rows) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, format)) {
            printer.printRecord((Object[]) header);
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetFile::safe));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String safe(Object value) {
        return value == null ? "" : SpreadsheetText.cell(value.toString());
    }
}

package com.researchbridge.monitoring;

import java.util.List;

/**
 * One table of a dashboard as the reader sees it: a title and column headers in the reader's language, and rows
 * of cells ({@link Number}s stay numbers; everything else is written as text). The page shows it under its chart and
 * the CSV and Excel downloads write exactly it.
 */
public record ExportTable(String id, String title, List<String> header, List<List<Object>> rows) {

    public ExportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}

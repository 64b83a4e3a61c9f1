package com.researchbridge.monitoring;

import com.researchbridge.base.SpreadsheetFile;
import com.researchbridge.base.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The dashboards' downloads: a table as CSV (through {@link SpreadsheetFile}, so UTF-8 with a byte order mark and
 * formula-safe) and tables as an Excel workbook, one sheet per table, written with Apache POI's streaming writer.
 * In the workbook numbers stay numbers and every text cell goes through {@link SpreadsheetText#cell}: POI writes
 * text as text anyway, but a cell copied out of Excel or saved again as CSV must not become a formula either.
 */
public final class DashboardFiles {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DashboardFiles() {
    }

    public static byte[] csv(ExportTable table) {
        // Headers are our translations, but they pass the same check as every cell (SpreadsheetFile writes them as given).
        return SpreadsheetFile.csv(table.header().stream().map(SpreadsheetText::cell).toArray(String[]::new), table.rows())
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<ExportTable> tables) {
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var names = new HashSet<String>();
            for (ExportTable table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(table.title(), names));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    var cell = header.createCell(c);
                    cell.setCellValue(SpreadsheetText.cell(table.header().get(c)));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(SpreadsheetText.cell(value.toString()));
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel's rules: at most 31 characters, none of {@code []:*?/\}, unique in the workbook. */
    static String sheetName(String title, java.util.Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "Sheet" : title, '_');
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}

package com.researchbridge.base;

/**
 * Text users wrote, made safe for a CSV file that people open in spreadsheet programs: a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula, so it gets
 * a leading apostrophe (OWASP's advice on CSV injection).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

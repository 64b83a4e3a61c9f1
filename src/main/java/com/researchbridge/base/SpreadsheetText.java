package com.researchbridge.base;

/**
 * Text users wrote, made safe for a CSV file that people open in spreadsheet programs: a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula, so it gets
 * a leading apostrophe (OWASP's advice on CSV injection). The full-width forms of those signs count too: some
 * spreadsheet programs in Chinese and Japanese locales read {@code ＝1+1} as a formula.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetText() {
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

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

    /**
     * The entries of a file, in order; stops after {@link PublicationService#MAX_ENTRIES} + 1 entries, which is
     * enough for the caller to refuse the file as too long without parsing the rest.
     */
    static List<ParsedEntry> read(String text) {
        var result = new ArrayList<ParsedEntry>();
        int number = 0;
        for (String chunk : chunks(text)) {
            String trimmed = chunk.strip();
            if (!trimmed.startsWith("@") || trimmed.regionMatches(true, 0, "@comment", 0, 8)
                    || trimmed.regionMatches(true, 0, "@string", 0, 7) || trimmed.regionMatches(true, 0, "@preamble", 0, 9)) {
                continue;
            }
            number++;
            result.add(entry(number, withoutTrailingText(trimmed)));
            if (result.size() > PublicationService.MAX_ENTRIES) {
                break;
            }
        }
        return result;
    }

    /**
     * The text cut before every line whose first non-blank character is {@code @}. One pass over the text: the
     * regular expression used before, {@code (?m)^(?=\s*@)}, rescanned every run of blank lines from each of
     * its lines, so a megabyte of newlines took half an hour (issue 9).
     */
    static List<String> chunks(String text) {
        var chunks = new ArrayList<String>();
        int start = 0;
        int lineStart = 0;
        int length = text.length();
        while (lineStart < length) {
            int i = lineStart;
            while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r'
                    || text.charAt(i) == '\f' || text.charAt(i) == '\u000B')) {
                i++;
            }
            if (i < length && text.charAt(i) == '@' && lineStart > start) {
                chunks.add(text.substring(start, lineStart));
                start = lineStart;
            }
            int newline = text.indexOf('\n', i);
            lineStart = newline < 0 ? length : newline + 1;
        }
        if (start < length) {
            chunks.add(text.substring(start));
        }
        return chunks;
    }

    /**
     * Braces nested deeper than this, or longer {@code #} chains, overflow jbibtex's recursive parser (found while
     * fuzzing the parsers).
     */
    static final int MAX_DEPTH = 64;
    /**
     * jbibtex's tokenizer copies a growing buffer for each long token (entry type, key, field name, number),
     * which is quadratic; no real key or field name comes near this (found by the parser fuzz test).
     */
    static final int MAX_TOKEN = 1_000;
    /** Characters that make LaTeXPrinter change a value: commands, groups, math, ties, dashes, quotes. */
    private static final java.util.regex.Pattern LATEX = java.util.regex.Pattern.compile("[\\\\{}$~\\-'`\"]");

    /**
     * The entry up to its closing brace: BibTeX treats text between entries as a comment, jbibtex refuses it. An
     * entry whose braces never balance, is too deeply nested or has an overlong bare token is null: broken without
     * asking jbibtex.
     */
    static String withoutTrailingText(String chunk) {
        int open = chunk.indexOf('{');
        if (open < 0 || open > MAX_TOKEN) {
            return open < 0 ? chunk : null;
        }
        int depth = 0;
        int token = 0;
        int concatenations = 0;
        boolean quoted = false;
        for (int i = open; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '{') {
                if (++depth > MAX_DEPTH) {
                    return null;
                }
            } else if (c == '}' && --depth == 0) {
                return chunk.substring(0, i + 1);
            } else if (c == '"' && depth == 1) {
                quoted = !quoted;
            } else if (c == '#' && depth == 1 && !quoted && ++concatenations > MAX_DEPTH) {
                return null; // jbibtex parses a # chain recursively
            }
            token = depth == 1 && !quoted && !Character.isWhitespace(c) && ",=#{}\"".indexOf(c) < 0 ? token + 1 : 0;
            if (token > MAX_TOKEN) {
                return null;
            }
        }
        // Braces never balance: jbibtex would refuse it, slowly (found while fuzzing: 2,000 such entries took
        // over a second, each building a parse exception).
        return null;
    }

    private static ParsedEntry entry(int number, String chunk) {
        if (chunk == null) {
            return ParsedEntry.broken(number, "publications.error.syntax");
        }
        BibTeXDatabase database;
        try {
            database = new BibTeXParser().parse(new StringReader(chunk));
        } catch (Exception | StackOverflowError e) { // recursion on nesting our depth check does not see (# chains)
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
        if (!LATEX.matcher(raw).find()) {
            // Plain text (years, most DOIs and titles): jbibtex's LaTeX parser is costly to set up, and a file may
            // hold 2,000 entries of five fields each.
            return raw.replaceAll("\\s+", " ").strip();
        }
        try {
            var latex = new LaTeXParser().parse(raw);
            return new LaTeXPrinter().print(latex).replaceAll("\\s+", " ").strip();
        } catch (Exception | StackOverflowError e) {
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

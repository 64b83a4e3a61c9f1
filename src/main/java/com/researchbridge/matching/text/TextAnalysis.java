package com.researchbridge.matching.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into index terms, per language: Chinese word segmentation (smartcn), Russian Snowball stemming,
 * English Porter stemming, our Kazakh stemmer. Text is Unicode-normalised first (NFKC, ё→е, Latin "i"
 * inside Cyrillic words → Kazakh "і") and capped in length, so that a huge field costs bounded work.
 * Lucene analyzers are thread-safe; one instance per language serves all threads.
 */
public final class TextAnalysis {

    /** Longest text analysed; the rest of a longer text is ignored. */
    public static final int MAX_CHARS = 50_000;

    private static final Map<TextLanguage, Analyzer> ANALYZERS = new EnumMap<>(TextLanguage.class);

    static {
        ANALYZERS.put(TextLanguage.EN, new EnglishAnalyzer());
        ANALYZERS.put(TextLanguage.RU, new RussianAnalyzer());
        ANALYZERS.put(TextLanguage.KK, new KazakhAnalyzer());
        ANALYZERS.put(TextLanguage.ZH, new SmartChineseAnalyzer());
        ANALYZERS.put(TextLanguage.OTHER, new StandardAnalyzer());
    }

    private TextAnalysis() {
    }

    /** The terms of a text in a known language; {@code null} language means "guess from the script". */
    public static List<String> terms(String text, TextLanguage language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalized = normalize(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        TextLanguage effective = language == null ? LanguageGuesser.guess(normalized) : language;
        var result = new ArrayList<String>();
        try (var stream = ANALYZERS.get(effective).tokenStream("text", normalized)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 1 || isHan(term.charAt(0))) {
                    result.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('ё', 'е').replace('Ё', 'Е');
        return latinIInsideCyrillicWords(s);
    }

    /** Kazakh typed on Russian keyboards often has Latin i for і; inside a Cyrillic word it can only mean і. */
    private static String latinIInsideCyrillicWords(String s) {
        if (s.indexOf('i') < 0 && s.indexOf('I') < 0) {
            return s;
        }
        var chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if ((chars[i] == 'i' || chars[i] == 'I') && (isCyrillic(chars, i - 1) || isCyrillic(chars, i + 1))) {
                chars[i] = chars[i] == 'i' ? 'і' : 'І';
            }
        }
        return new String(chars);
    }

    private static boolean isCyrillic(char[] chars, int i) {
        return i >= 0 && i < chars.length && Character.UnicodeScript.of(chars[i]) == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

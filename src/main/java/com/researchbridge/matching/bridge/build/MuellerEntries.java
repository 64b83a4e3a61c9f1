package com.researchbridge.matching.bridge.build;

import com.researchbridge.matching.text.TextAnalysis;
import com.researchbridge.matching.text.TextLanguage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Mueller's English-Russian dictionary (dictd format: an index of headword, offset, length in base64, and the
 * article text), reversed: Russian stem → English stems. Only the plain translations count; a segment with
 * Latin letters is a usage example and is skipped. Translations named first, and single-word ones, weigh more.
 */
final class MuellerEntries {

    static final int MAX_ENGLISH_PER_RUSSIAN = 8;
    /** The first translation an article gives is its main one; a phrase of n words counts 1/n². */
    private static final float[] POSITION_WEIGHTS = {1f, 0.8f, 0.6f, 0.3f};
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern HEADWORD = Pattern.compile("[a-z]{3,30}");
    private static final Pattern NOISE = Pattern.compile(
            "\\[[^]]*]|\\([^)]*\\)|_[\\p{L}]+\\.?|\\b\\d+[.)>]|[<>=~*\"]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern CYRILLIC_WORD = Pattern.compile("\\p{IsCyrillic}+(-\\p{IsCyrillic}+)?");

    /** Russian stem → English stem → weight. */
    final Map<String, Map<String, Float>> russianToEnglish = new HashMap<>();
    /** English headword → its stem, the lexicon for international-word cognates. */
    final Map<String, String> englishWords = new LinkedHashMap<>();

    static MuellerEntries read(byte[] index, byte[] dictionary) {
        var result = new MuellerEntries();
        var scores = new HashMap<String, Map<String, Float>>();
        for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split("\t");
            if (f.length < 3 || !HEADWORD.matcher(f[0]).matches()) {
                continue;
            }
            List<String> en = TextAnalysis.terms(f[0], TextLanguage.EN);
            if (en.size() != 1) {
                continue;
            }
            result.englishWords.put(f[0], en.getFirst());
            int offset = (int) base64(f[1]);
            int length = (int) base64(f[2]);
            if (offset < 0 || length <= 0 || offset + length > dictionary.length) {
                continue;
            }
            String article = new String(dictionary, offset, length, StandardCharsets.UTF_8);
            addTranslations(article, en.getFirst(), scores);
        }
        scores.forEach((ru, candidates) -> {
            float ambiguity = (float) Math.sqrt(candidates.size());
            var weighted = new HashMap<String, Float>();
            candidates.forEach((en, score) -> weighted.put(en, score / ambiguity));
            result.russianToEnglish.put(ru, SenseWeights.top(weighted, MAX_ENGLISH_PER_RUSSIAN));
        });
        return result;
    }

    static void addTranslations(String article, String englishStem, Map<String, Map<String, Float>> scores) {
        String body = article.contains("\n") ? article.substring(article.indexOf('\n') + 1) : article;
        String cleaned = NOISE.matcher(body.replace('\n', ' ')).replaceAll(" ");
        int position = 0;
        for (String segment : cleaned.split("[;,:]")) {
            if (LATIN.matcher(segment).find()) {
                continue;
            }
            var words = CYRILLIC_WORD.matcher(segment).results().map(m -> m.group()).toList();
            if (words.isEmpty() || words.size() > 3) {
                continue;
            }
            float score = POSITION_WEIGHTS[Math.min(position, POSITION_WEIGHTS.length - 1)] / (words.size() * words.size());
            position++;
            for (String stem : TextAnalysis.terms(String.join(" ", words), TextLanguage.RU)) {
                scores.computeIfAbsent(stem, s -> new HashMap<>()).merge(englishStem, score, Math::max);
            }
        }
    }

    static long base64(String digits) {
        long value = 0;
        for (char c : digits.strip().toCharArray()) {
            int d = BASE64.indexOf(c);
            if (d < 0) {
                return -1;
            }
            value = value * 64 + d;
        }
        return value;
    }
}

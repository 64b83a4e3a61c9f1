package com.researchbridge.researcher;

import com.ibm.icu.text.Transliterator;

/**
 * Suggests the Latin form of a name written in Kazakh or Russian Cyrillic or in Chinese characters, with
 * ICU's transliterators (BGN/PCGN romanisation for Kazakh and Russian, Hanyu Pinyin without tones for
 * Chinese). A suggestion only: people spell their own names as they like, and the form stays editable.
 */
public final class NameTransliteration {

    private static final Transliterator KAZAKH = Transliterator.getInstance("Kazakh-Latin/BGN; Latin-ASCII");
    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final Transliterator CHINESE = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private NameTransliteration() {
    }

    public static String toLatin(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.strip();
        if (s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return chinese(s);
        }
        if (s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)) {
            boolean kazakh = s.chars().anyMatch(c -> "әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(c) >= 0);
            return capitalizeWords((kazakh ? KAZAKH : RUSSIAN).transliterate(s));
        }
        return s;
    }

    /** Chinese names: surname first, then the given name as one word, as in passports ("Wang Xiaoming"). */
    private static String chinese(String name) {
        String[] parts = name.split("[·•\\s]+");
        if (parts.length > 1) {
            var result = new StringBuilder();
            for (String part : parts) {
                result.append(result.isEmpty() ? "" : " ").append(capitalizeWords(CHINESE.transliterate(part).replace(" ", "")));
            }
            return result.toString();
        }
        int surnameLength = name.length() > 3 ? 2 : 1;
        String surname = CHINESE.transliterate(name.substring(0, surnameLength)).replace(" ", "");
        String given = CHINESE.transliterate(name.substring(surnameLength)).replace(" ", "");
        return capitalizeWords(surname) + (given.isEmpty() ? "" : " " + capitalizeWords(given));
    }

    private static String capitalizeWords(String s) {
        var result = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            result.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = Character.isWhitespace(c) || c == '-';
        }
        return result.toString();
    }
}

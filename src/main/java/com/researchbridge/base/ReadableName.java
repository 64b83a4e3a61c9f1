package com.researchbridge.base;

import com.ibm.icu.text.Transliterator;
import java.util.Optional;

/**
 * A person's name in a script the reader can read, shown beside the name as written. Latin for English and
 * Russian readers of Chinese names and for Chinese readers of Cyrillic names; Cyrillic (Palladius) for Russian
 * and Kazakh readers of Chinese names. The researcher's own Latin form wins over the automatic one. A name in
 * a script we have no rule for (Arabic, Hangul, ...) gets only the researcher's own Latin form, or nothing.
 */
public final class ReadableName {

    private static final Transliterator KAZAKH = Transliterator.getInstance("Kazakh-Latin/BGN; Latin-ASCII");
    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    /** Pinyin without tone marks but with ü kept (it decides between Palladius "лу" and "люй"). */
    private static final Transliterator HAN = Transliterator.getInstance(
            "Han-Latin; NFD; [\\u0300\\u0301\\u0304\\u030C] Remove; NFC");
    private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    private ReadableName() {
    }

    /** The form to show beside {@code name} for a reader of {@code reader}, or empty when the name itself is readable. */
    public static Optional<String> forReader(String name, String ownLatin, UiLanguage reader) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String latinOwn = ownLatin == null || ownLatin.isBlank() ? null : ownLatin.strip();
        Script script = Script.of(name);
        Optional<String> shown = switch (script) {
            case HAN -> reader == UiLanguage.ZH ? Optional.empty()
                    : reader == UiLanguage.RU || reader == UiLanguage.KK ? cyrillicOfChinese(name, latinOwn)
                    : Optional.of(latinOwn != null ? latinOwn : latinOf(name));
            case CYRILLIC -> reader == UiLanguage.ZH || reader == UiLanguage.EN
                    ? Optional.of(latinOwn != null ? latinOwn : latinOf(name)) : Optional.empty();
            case LATIN -> Optional.empty();
            case OTHER -> Optional.ofNullable(latinOwn);
        };
        return shown.filter(s -> !s.isBlank() && !s.equals(name.strip()));
    }

    /** The automatic Latin form: BGN/PCGN for Kazakh and Russian, passport-style pinyin for Chinese. */
    public static String latinOf(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.strip();
        return switch (Script.of(s)) {
            case HAN -> capitalise(chinese(s).replace("ü", "u"));
            case CYRILLIC -> capitalise((s.chars().anyMatch(c -> KAZAKH_LETTERS.indexOf(c) >= 0) ? KAZAKH : RUSSIAN)
                    .transliterate(s));
            default -> s;
        };
    }

    private static Optional<String> cyrillicOfChinese(String name, String ownLatin) {
        if (ownLatin != null) {
            var fromOwn = Pinyin.toCyrillic(ownLatin);
            if (fromOwn.isPresent()) {
                return fromOwn;
            }
        }
        return Pinyin.toCyrillic(chinese(name.strip()));
    }

    /** Chinese names: surname first, then the given name as one word ("Wang Xiaoming"); two-character surnames for long names. */
    private static String chinese(String name) {
        String[] parts = name.split("[·•\\s]+");
        if (parts.length > 1) {
            var result = new StringBuilder();
            for (String part : parts) {
                result.append(result.isEmpty() ? "" : " ").append(HAN.transliterate(part).replace(" ", ""));
            }
            return result.toString();
        }
        int surnameLength = name.codePointCount(0, name.length()) > 3 ? 2 : 1;
        int split = name.offsetByCodePoints(0, surnameLength);
        String surname = HAN.transliterate(name.substring(0, split)).replace(" ", "");
        String given = HAN.transliterate(name.substring(split)).replace(" ", "");
        return surname + (given.isEmpty() ? "" : " " + given);
    }

    private static String capitalise(String s) {
        var result = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            result.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = Character.isWhitespace(c) || c == '-';
        }
        return result.toString();
    }

    enum Script {
        HAN, CYRILLIC, LATIN, OTHER;

        static Script of(String s) {
            if (s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                return HAN;
            }
            if (s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)) {
                return CYRILLIC;
            }
            boolean allLatin = s.codePoints().filter(Character::isLetter)
                    .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
            return allLatin ? LATIN : OTHER;
        }
    }
}

package com.researchbridge.matching.text;

/**
 * Tells the four profile languages apart by their scripts. This is enough, and more reliable on short texts
 * than a general n-gram identifier: Chinese is written in Han characters, English in Latin letters, and
 * Kazakh Cyrillic has nine letters (ә ғ қ ң ө ұ ү һ і) that Russian lacks and that nearly every Kazakh
 * sentence contains.
 */
public final class LanguageGuesser {

    /** Share of Kazakh-only letters among Cyrillic ones above which a text is Kazakh (Russian has none). */
    private static final double KAZAKH_LETTER_SHARE = 0.015;
    private static final int SAMPLE = 20_000;

    private LanguageGuesser() {
    }

    public static TextLanguage guess(String text) {
        if (text == null) {
            return TextLanguage.OTHER;
        }
        int han = 0;
        int cyrillic = 0;
        int kazakh = 0;
        int latin = 0;
        int end = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            var script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                if (isKazakhLetter(cp)) {
                    kazakh++;
                }
            } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(cp)) {
                latin++;
            }
        }
        int letters = han + cyrillic + latin;
        if (letters == 0) {
            return TextLanguage.OTHER;
        }
        // A Chinese character carries about as much as a short Latin word: weigh them accordingly.
        if (han * 3 >= cyrillic + latin) {
            return TextLanguage.ZH;
        }
        if (cyrillic >= latin) {
            return kazakh >= Math.max(1, cyrillic * KAZAKH_LETTER_SHARE) ? TextLanguage.KK : TextLanguage.RU;
        }
        return TextLanguage.EN;
    }

    /**
     * Splits mixed-script text into one text per language: Han runs are Chinese, Latin runs English, and all
     * Cyrillic runs together are Kazakh or Russian by {@link #guess}. Other characters separate runs.
     */
    public static java.util.Map<TextLanguage, String> splitByScript(String text) {
        var parts = new java.util.EnumMap<TextLanguage, StringBuilder>(TextLanguage.class);
        if (text == null) {
            return java.util.Map.of();
        }
        TextLanguage current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            var script = Character.UnicodeScript.of(cp);
            TextLanguage language = switch (script) {
                case HAN -> TextLanguage.ZH;
                case CYRILLIC -> TextLanguage.RU;
                case LATIN -> TextLanguage.EN;
                default -> null;
            };
            boolean joiner = Character.isDigit(cp) || cp == '-' || cp == '\'';
            if (language == null && !joiner) {
                current = null;
                continue;
            }
            TextLanguage target = language != null ? language : current;
            if (target == null) {
                continue;
            }
            var builder = parts.computeIfAbsent(target, l -> new StringBuilder());
            if (target != current && !builder.isEmpty()) {
                builder.append(' ');
            }
            builder.appendCodePoint(cp);
            current = target;
        }
        var result = new java.util.EnumMap<TextLanguage, String>(TextLanguage.class);
        parts.forEach((language, builder) -> {
            String part = builder.toString();
            result.put(language == TextLanguage.RU ? guess(part) : language, part);
        });
        return result;
    }

    static boolean isKazakhLetter(int cp) {
        return switch (Character.toLowerCase(cp)) {
            case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і' -> true;
            default -> false;
        };
    }
}

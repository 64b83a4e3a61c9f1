package com.researchbridge.matching.text;

/**
 * A light, rule-based Kazakh stemmer: strips the inflectional endings that research texts use most (case,
 * third-person possessive, plural), right to left, one of each kind. Derivational suffixes such as
 * -лық/-дық stay, because they change meaning (мұз "ice", мұздық "glacier"). Endings that are also common
 * word endings (the dative -а/-е, first-person possessives) are left alone: under-stemming costs less recall
 * than over-stemming costs precision.
 */
public final class KazakhStemmer {

    private static final int MIN_STEM = 3;

    /** Case endings, longest first; those marked AFTER_VOWEL only follow a vowel (usually a possessive). */
    private static final String[] CASE = {"ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
            "ның", "нің", "дың", "дің", "тың", "тің",
            "нан", "нен", "дан", "ден", "тан", "тен",
            "нда", "нде", "мен", "пен", "бен",
            "ға", "ге", "қа", "ке", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те"};
    private static final String[] CASE_AFTER_VOWEL = {"на", "не", "н"};
    private static final String[] PLURAL = {"лар", "лер", "дар", "дер", "тар", "тер"};

    private KazakhStemmer() {
    }

    public static String stem(String word) {
        String w = word;
        w = stripCase(w);
        w = stripPossessive(w);
        w = stripLongest(w, PLURAL);
        return w;
    }

    private static String stripCase(String w) {
        String stripped = stripLongest(w, CASE);
        if (!stripped.equals(w)) {
            return stripped;
        }
        for (String suffix : CASE_AFTER_VOWEL) {
            if (w.endsWith(suffix) && canStrip(w, suffix) && isVowel(w.charAt(w.length() - suffix.length() - 1))) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** Third person only: -сы/-сі after a vowel, -ы/-і after a consonant. */
    private static String stripPossessive(String w) {
        for (String suffix : new String[] {"сы", "сі"}) {
            if (w.endsWith(suffix) && canStrip(w, suffix) && isVowel(w.charAt(w.length() - 3))) {
                return w.substring(0, w.length() - 2);
            }
        }
        if ((w.endsWith("ы") || w.endsWith("і")) && canStrip(w, "ы") && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String stripLongest(String w, String[] suffixes) {
        for (String suffix : suffixes) {
            if (w.endsWith(suffix) && canStrip(w, suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    private static boolean canStrip(String w, String suffix) {
        String stem = w.substring(0, w.length() - suffix.length());
        return stem.length() >= MIN_STEM && stem.chars().anyMatch(c -> isVowel((char) c));
    }

    static boolean isVowel(char c) {
        return "аәеёиоөуұүыіэюя".indexOf(c) >= 0;
    }
}

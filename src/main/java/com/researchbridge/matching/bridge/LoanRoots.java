package com.researchbridge.matching.bridge;

import java.util.Locale;

/**
 * The shared root of an international loan word in Kazakh and Russian, from the stems the analysers give:
 * Kazakh adjectives add -лық/-лік to the noun (сейсмика → сейсмикалық), Russian ones take -ическ- where Kazakh
 * has -ика (сейсмический → сейсмическ); both drop the noun's final vowel (гидрогеология → гидрогеолог).
 * Only for stems long enough to be loan words; short native words are left as they are and rarely meet.
 */
public final class LoanRoots {

    /** Shortest root compared; shorter ones collide by chance. */
    public static final int MIN_ROOT = 5;

    private static final String[] KAZAKH_DERIVATIONS = {"лық", "лік", "дық", "дік", "тық", "тік"};
    private static final String[] FINAL_VOWELS = {"ия", "я", "а", "и", "ы", "і", "е"};

    private LoanRoots() {
    }

    /** The loan root of a Kazakh stem (as {@code KazakhStemmer} gives it). */
    public static String kazakh(String stem) {
        String w = stem.toLowerCase(Locale.ROOT);
        for (String suffix : KAZAKH_DERIVATIONS) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_ROOT) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return withoutFinalVowel(w);
    }

    /** The loan root of a Russian stem (as the Snowball stemmer gives it). */
    public static String russian(String stem) {
        String w = stem.toLowerCase(Locale.ROOT);
        if (w.endsWith("ическ") && w.length() >= MIN_ROOT + 3) {
            w = w.substring(0, w.length() - 5) + "ик";
        } else if (w.endsWith("ск") && w.length() >= MIN_ROOT + 2) {
            w = w.substring(0, w.length() - 2);
        }
        return withoutFinalVowel(w);
    }

    /**
     * Whether a Kazakh and a Russian stem are the same loan word: equal roots, or one the other plus the
     * adjectival -ик that Russian keeps and Kazakh drops (биологиялық / биологическ).
     */
    public static boolean sameLoanWord(String kazakhStem, String russianStem) {
        String kk = kazakh(kazakhStem);
        String ru = russian(russianStem);
        if (kk.length() < MIN_ROOT || ru.length() < MIN_ROOT) {
            return false;
        }
        return kk.equals(ru) || kk.equals(withoutIk(ru)) || ru.equals(withoutIk(kk));
    }

    static String withoutIk(String root) {
        return root.endsWith("ик") && root.length() - 2 >= MIN_ROOT ? root.substring(0, root.length() - 2) : root;
    }

    private static String withoutFinalVowel(String w) {
        for (String vowel : FINAL_VOWELS) {
            if (w.endsWith(vowel) && w.length() - vowel.length() >= MIN_ROOT) {
                return w.substring(0, w.length() - vowel.length());
            }
        }
        return w;
    }
}

package com.researchbridge.matching.bridge;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * A spelling key on which an English word and a transliterated Russian or Kazakh loan word agree: Latin
 * letters only, English ph/th/c/y written as Russian hears them (f, t, k or s, i), Russian х/г for English h,
 * doubled letters once. "seismic" and сейсмик (seysmik) both become "seismik"; "hydrogeology" → "gidrogeologi".
 */
final class LatinKey {

    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final Transliterator KAZAKH = Transliterator.getInstance("Kazakh-Latin/BGN; Latin-ASCII");
    /** Only letters are kept from a key; a longer "word" is no word. */
    static final int MAX_WORD = 40;

    private LatinKey() {
    }

    static String ofEnglish(String word) {
        return key(word);
    }

    static String ofRussian(String cyrillic) {
        return key(cyrillicTs(transliterate(RUSSIAN, cyrillic)));
    }

    static String ofKazakh(String cyrillic) {
        return key(cyrillicTs(transliterate(KAZAKH, cyrillic)));
    }

    /** Cyrillic ц (ts) is English c before e/i/y (цикл, cycle), which the key writes s; English -ts is a plural. */
    private static String cyrillicTs(String latin) {
        return latin.replace("ts", "s").replace("Ts", "S").replace("TS", "S");
    }

    // ICU transliterators are not documented as safe for concurrent use.
    private static String transliterate(Transliterator t, String text) {
        String bounded = text.length() > MAX_WORD ? text.substring(0, MAX_WORD) : text;
        synchronized (t) {
            return t.transliterate(bounded);
        }
    }

    static String key(String latin) {
        String w = latin.toLowerCase(Locale.ROOT);
        var letters = new StringBuilder(Math.min(w.length(), MAX_WORD));
        for (int i = 0; i < w.length() && letters.length() < MAX_WORD; i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        w = letters.toString().replace("ph", "f").replace("th", "t").replace("kh", "h").replace("ch", "h")
                .replace("x", "ks").replace("q", "k").replace("w", "v").replace("j", "i");
        var out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
            char mapped = switch (c) {
                case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                case 'y' -> 'i';
                case 'h' -> 'g';
                case 'z' -> 's';
                default -> c;
            };
            if (out.isEmpty() || out.charAt(out.length() - 1) != mapped) {
                out.append(mapped);
            }
        }
        return out.toString();
    }
}

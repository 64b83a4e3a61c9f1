package com.researchbridge.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pinyin written in Cyrillic the way Russian and Kazakh readers see Chinese names in print (the Palladius
 * system: Wang Xiaoming → Ван Сяомин). Works syllable by syllable; a word that is not pinyin is refused
 * rather than guessed, so an English or Kazakh name written in Latin letters never becomes fake Chinese.
 */
public final class Pinyin {

    private static final List<String> INITIALS = List.of("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l",
            "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", "");

    private static final Map<String, String> INITIAL = Map.ofEntries(Map.entry("b", "б"), Map.entry("p", "п"),
            Map.entry("m", "м"), Map.entry("f", "ф"), Map.entry("d", "д"), Map.entry("t", "т"), Map.entry("n", "н"),
            Map.entry("l", "л"), Map.entry("g", "г"), Map.entry("k", "к"), Map.entry("h", "х"), Map.entry("j", "цз"),
            Map.entry("q", "ц"), Map.entry("x", "с"), Map.entry("zh", "чж"), Map.entry("ch", "ч"), Map.entry("sh", "ш"),
            Map.entry("r", "ж"), Map.entry("z", "цз"), Map.entry("c", "ц"), Map.entry("s", "с"), Map.entry("", ""));

    /** Finals after a consonant; "v" stands for ü. */
    private static final Map<String, String> FINAL = Map.ofEntries(Map.entry("a", "а"), Map.entry("o", "о"),
            Map.entry("e", "э"), Map.entry("ai", "ай"), Map.entry("ei", "эй"), Map.entry("ao", "ао"),
            Map.entry("ou", "оу"), Map.entry("an", "ань"), Map.entry("en", "энь"), Map.entry("ang", "ан"),
            Map.entry("eng", "эн"), Map.entry("ong", "ун"), Map.entry("er", "эр"), Map.entry("i", "и"),
            Map.entry("ia", "я"), Map.entry("ie", "е"), Map.entry("iao", "яо"), Map.entry("iu", "ю"),
            Map.entry("ian", "янь"), Map.entry("in", "инь"), Map.entry("iang", "ян"), Map.entry("ing", "ин"),
            Map.entry("iong", "юн"), Map.entry("u", "у"), Map.entry("ua", "уа"), Map.entry("uo", "о"),
            Map.entry("uai", "уай"), Map.entry("ui", "уй"), Map.entry("uan", "уань"), Map.entry("un", "унь"),
            Map.entry("uang", "уан"), Map.entry("v", "юй"), Map.entry("ve", "юэ"), Map.entry("van", "юань"),
            Map.entry("vn", "юнь"));

    /** Syllables starting with y or w (or nothing) are spelled out whole. */
    private static final Map<String, String> WHOLE = Map.ofEntries(Map.entry("yi", "и"), Map.entry("ya", "я"),
            Map.entry("ye", "е"), Map.entry("yao", "яо"), Map.entry("you", "ю"), Map.entry("yan", "янь"),
            Map.entry("yin", "инь"), Map.entry("yang", "ян"), Map.entry("ying", "ин"), Map.entry("yong", "юн"),
            Map.entry("yu", "юй"), Map.entry("yue", "юэ"), Map.entry("yuan", "юань"), Map.entry("yun", "юнь"),
            Map.entry("wu", "у"), Map.entry("wa", "ва"), Map.entry("wo", "во"), Map.entry("wai", "вай"),
            Map.entry("wei", "вэй"), Map.entry("wan", "вань"), Map.entry("wen", "вэнь"), Map.entry("wang", "ван"),
            Map.entry("weng", "вэн"), Map.entry("a", "а"), Map.entry("o", "о"), Map.entry("e", "э"),
            Map.entry("ai", "ай"), Map.entry("ei", "эй"), Map.entry("ao", "ао"), Map.entry("ou", "оу"),
            Map.entry("an", "ань"), Map.entry("en", "энь"), Map.entry("ang", "ан"), Map.entry("eng", "эн"),
            Map.entry("er", "эр"));

    private Pinyin() {
    }

    /** The Cyrillic form of a name written in toneless pinyin ("Wang Xiaoming"), or empty when a word is not pinyin. */
    public static Optional<String> toCyrillic(String latinName) {
        if (latinName == null || latinName.isBlank()) {
            return Optional.empty();
        }
        var words = new ArrayList<String>();
        for (String word : latinName.strip().split("[\\s\\-·'’]+")) {
            if (word.isEmpty()) {
                continue;
            }
            var cyrillic = word(word.toLowerCase(Locale.ROOT).replace("ü", "v"));
            if (cyrillic.isEmpty()) {
                return Optional.empty();
            }
            String w = cyrillic.get();
            words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** Splits a word into syllables, longest first with backtracking ("xian" one syllable, "xiaoming" two). */
    private static Optional<String> word(String rest) {
        if (rest.isEmpty()) {
            return Optional.of("");
        }
        for (int end = Math.min(6, rest.length()); end >= 1; end--) {
            var syllable = syllable(rest.substring(0, end));
            if (syllable.isPresent()) {
                var tail = word(rest.substring(end));
                if (tail.isPresent()) {
                    return Optional.of(syllable.get() + tail.get());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> syllable(String s) {
        if (WHOLE.containsKey(s)) {
            return Optional.of(WHOLE.get(s));
        }
        for (String initial : INITIALS) {
            if (initial.isEmpty() || initial.equals("y") || initial.equals("w") || !s.startsWith(initial)) {
                continue;
            }
            String fin = s.substring(initial.length());
            boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x");
            if (palatal && fin.startsWith("u")) {
                fin = "v" + fin.substring(1); // ju, quan, xun are written with u but said with ü
            }
            if (palatal && !(fin.startsWith("i") || fin.startsWith("v"))) {
                return Optional.empty();
            }
            if (fin.equals("i") && (initial.equals("z") || initial.equals("c") || initial.equals("s"))) {
                return Optional.of(INITIAL.get(initial) + "ы");
            }
            if (fin.startsWith("v") && !(palatal || initial.equals("n") || initial.equals("l"))) {
                return Optional.empty();
            }
            if (fin.equals("er")) {
                return Optional.empty();
            }
            if (initial.equals("h") && fin.equals("ui")) {
                return Optional.of("хуэй"); // the spelling Russian print uses for this one syllable
            }
            String f = FINAL.get(fin);
            return f == null ? Optional.empty() : Optional.of(INITIAL.get(initial) + f);
        }
        return Optional.empty();
    }
}

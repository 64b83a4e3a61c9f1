package com.researchbridge.matching.text;

import java.util.Locale;
import java.util.Set;

/**
 * A rule-based Kazakh stemmer for research text. A Kazakh noun is built as stem + plural + possessive + case;
 * the stemmer peels these off right to left, one of each kind, and accepts an ending only where Kazakh
 * spelling would put exactly that form of it: after a voiceless consonant the locative is -та, never -да,
 * so "мәдениеті" (мәдениет + і) is not read as an accusative -ті, and "Алматы" is not алма + -ты.
 * Case endings that only follow the third-person possessive (-н, -на, -нда, -ндағы) are taken only after it.
 *
 * <p>Derivational suffixes stay, because they change meaning (мұз "ice", мұздық "glacier", зерттеуші
 * "researcher"). The stem's last consonant is written voiceless (б→п, г→к, ғ→қ), because Kazakh voices it
 * before a vowel: кітап/кітабы, жүрек/жүрегі, ауылшаруашылық/ауылшаруашылығы all meet. Place names and a few
 * words whose ends look like endings are protected.
 *
 * <p>Chosen over a Hunspell dictionary (Debian's hunspell-kk) because no registry the build reaches ships
 * that dictionary, and the rules here are small enough to test form by form.
 */
public final class KazakhStemmer {

    private static final int MIN_STEM = 3;
    /** Two-letter stems that are common research words; shorter stems than MIN_STEM are refused otherwise. */
    private static final Set<String> SHORT_STEMS = Set.of("ел", "су", "іс", "ой", "ем", "ән", "ұн", "ау", "өң", "ет");

    /** Words kept whole: places, and words that end like an inflection but are not one. */
    private static final Set<String> PROTECTED = Set.of(
            "алматы", "астана", "қарағанды", "ақтөбе", "атырау", "тараз", "шымкент", "түркістан", "семей",
            "павлодар", "көкшетау", "талдықорған", "қызылорда", "жезқазған", "балқаш", "байқоңыр", "алатау",
            "ақтау", "ақмола", "кәсіпорын", "орын", "түйін", "маңғыстау", "жетісу", "үрімжі", "шыңжаң", "бейжің", "шанхай", "тянь-шань",
            "іле", "ертіс", "сырдария", "әмудария", "каспий", "арал", "тәуелсіздік", "қытай", "ресей",
            "басқа", "тағы", "қазіргі", "кейде", "әрі", "сонда", "мұнда", "бірге", "ғана", "ақы", "алты", "жеті",
            "тоғыз", "сары", "қара", "тары", "бөрі", "ара", "ала", "алма", "дүние", "әлеуметтану");

    private static final String VOWELS = "аәеёоөұүыіэюяи";
    private static final String VOICED = "рйулмнңзж";
    private static final String SONORANT_OPEN = "руй";        // take -лар, -дың like a vowel for the plural only
    private static final String NASAL = "мнң";

    private enum Before { VOWEL, OPEN, L, NASAL, ZH, VOICELESS, POSSESSIVE }

    private record Ending(String text, Set<Before> after) {
    }

    private static final Set<Before> VOICED_ALL = Set.of(Before.VOWEL, Before.OPEN, Before.L, Before.NASAL, Before.ZH);

    /** Case endings, longest first, each with the sounds it may follow. */
    private static final Ending[] CASE = {
            e("ндағы", Before.POSSESSIVE), e("ндегі", Before.POSSESSIVE),
            e("дағы", VOICED_ALL), e("дегі", VOICED_ALL), e("тағы", Before.VOICELESS), e("тегі", Before.VOICELESS),
            e("ның", Before.VOWEL, Before.NASAL, Before.POSSESSIVE), e("нің", Before.VOWEL, Before.NASAL, Before.POSSESSIVE),
            e("дың", Before.OPEN, Before.L, Before.ZH), e("дің", Before.OPEN, Before.L, Before.ZH),
            e("тың", Before.VOICELESS), e("тің", Before.VOICELESS),
            e("нан", Before.NASAL, Before.POSSESSIVE), e("нен", Before.NASAL, Before.POSSESSIVE),
            e("дан", Before.VOWEL, Before.OPEN, Before.L, Before.ZH), e("ден", Before.VOWEL, Before.OPEN, Before.L, Before.ZH),
            e("тан", Before.VOICELESS), e("тен", Before.VOICELESS),
            e("нда", Before.POSSESSIVE), e("нде", Before.POSSESSIVE),
            e("мен", Before.VOWEL, Before.OPEN, Before.L, Before.NASAL, Before.POSSESSIVE), e("бен", Before.ZH),
            e("пен", Before.VOICELESS),
            e("ға", VOICED_ALL), e("ге", VOICED_ALL), e("қа", Before.VOICELESS), e("ке", Before.VOICELESS),
            e("ны", Before.VOWEL), e("ні", Before.VOWEL),
            e("ды", Before.OPEN, Before.L, Before.NASAL, Before.ZH), e("ді", Before.OPEN, Before.L, Before.NASAL, Before.ZH),
            e("ты", Before.VOICELESS), e("ті", Before.VOICELESS),
            e("да", VOICED_ALL), e("де", VOICED_ALL), e("та", Before.VOICELESS), e("те", Before.VOICELESS),
            e("на", Before.POSSESSIVE), e("не", Before.POSSESSIVE), e("н", Before.POSSESSIVE)};

    private static final Ending[] PLURAL = {
            e("лар", Before.VOWEL, Before.OPEN), e("лер", Before.VOWEL, Before.OPEN),
            e("дар", Before.L, Before.NASAL, Before.ZH), e("дер", Before.L, Before.NASAL, Before.ZH),
            e("тар", Before.VOICELESS), e("тер", Before.VOICELESS)};

    /** First- and second-person plural possessives ("our", "your"), which research prose uses. */
    private static final Ending[] PERSONAL = {
            e("ымыз", Before.OPEN, Before.L, Before.NASAL, Before.ZH, Before.VOICELESS),
            e("іміз", Before.OPEN, Before.L, Before.NASAL, Before.ZH, Before.VOICELESS),
            e("ыңыз", Before.OPEN, Before.L, Before.NASAL, Before.ZH, Before.VOICELESS),
            e("іңіз", Before.OPEN, Before.L, Before.NASAL, Before.ZH, Before.VOICELESS),
            e("мыз", Before.VOWEL), e("міз", Before.VOWEL), e("ңыз", Before.VOWEL), e("ңіз", Before.VOWEL)};

    private KazakhStemmer() {
    }

    private static Ending e(String text, Before... after) {
        return new Ending(text, Set.of(after));
    }

    private static Ending e(String text, Set<Before> after) {
        return new Ending(text, after);
    }

    public static String stem(String word) {
        if (word == null || word.isEmpty() || isProtected(word)) {
            return word;
        }
        String w = strip(word, CASE);
        if (!isProtected(w)) {
            String personal = strip(w, PERSONAL);
            w = personal.equals(w) ? stripThirdPersonPossessive(w) : personal;
        }
        if (!isProtected(w)) {
            String plural = strip(w, PLURAL);
            if (plural.equals(w)) {
                plural = stripSingularPersonalAfterPlural(w);
            }
            // A stem in consonant + ы/і loses it in the singular too (дәрі → дәр), so its plural must as well.
            w = isProtected(plural) ? plural : stripThirdPersonPossessive(plural);
        }
        return isProtected(w) ? w : devoiceLastConsonant(restoreElidedVowel(w));
    }

    private static boolean isProtected(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return PROTECTED.contains(lower) || lower.endsWith("стан");
    }

    private static String strip(String w, Ending[] endings) {
        String lower = w.toLowerCase(Locale.ROOT);
        for (Ending ending : endings) {
            if (lower.endsWith(ending.text())) {
                String stem = w.substring(0, w.length() - ending.text().length());
                boolean onlyAfterPossessive = ending.after().equals(Set.of(Before.POSSESSIVE));
                if (canBeStem(stem) && follows(stem, ending.after())
                        && (!onlyAfterPossessive || !stripThirdPersonPossessive(stem).equals(stem))
                        && !(ending.text().length() == 2 && ending.text().charAt(0) == 'н' && stem.length() < 4)) {
                    return stem;
                }
            }
        }
        return w;
    }

    /**
     * -сы/-сі after a vowel, -ы/-і after a consonant. Not after a consonant + ш: that is the agent suffix
     * -шы/-ші (зерттеуші "researcher", басшы "head"), while possessed stems in ш have a vowel before it (күші).
     */
    private static String stripThirdPersonPossessive(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("сы") || lower.endsWith("сі")) {
            String stem = w.substring(0, w.length() - 2);
            String stemLower = stem.toLowerCase(Locale.ROOT);
            boolean inYOrI = stemLower.endsWith("ы") || stemLower.endsWith("і");
            if (canBeStem(stem) && follows(stem, Set.of(Before.VOWEL)) && (!inYOrI || isAgent(stemLower) || isLongDerivedInYOrI(stemLower))) {
                return stem;
            }
        }
        if (lower.endsWith("ы") || lower.endsWith("і")) {
            String stem = w.substring(0, w.length() - 1);
            Before before = soundAtEnd(stem);
            boolean agentSuffix = isAgent(lower);
            if (canBeStem(stem) && before != Before.VOWEL && before != Before.POSSESSIVE && !agentSuffix) {
                return stem;
            }
        }
        return w;
    }

    /** қаржы-сы, ағынды-сы: a long stem in ж/д/т/л + ы/і is a whole word, not жұмыс-ы. */
    private static boolean isLongDerivedInYOrI(String lower) {
        return lower.length() >= 5 && "жджтл".indexOf(lower.charAt(lower.length() - 2)) >= 0;
    }

    private static boolean isAgent(String lower) {
        return lower.length() >= 3 && (lower.endsWith("шы") || lower.endsWith("ші")) && !isVowel(lower.charAt(lower.length() - 3));
    }

    /** "My"/"your" (-ым, -ің) are taken only after a plural, where they cannot be the end of a stem (ғылым). */
    private static String stripSingularPersonalAfterPlural(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        for (String ending : new String[] {"ым", "ім", "ың", "ің"}) {
            if (lower.endsWith(ending)) {
                String withoutPersonal = w.substring(0, w.length() - 2);
                String stem = strip(withoutPersonal, PLURAL);
                if (!stem.equals(withoutPersonal)) {
                    return stem;
                }
            }
        }
        return w;
    }

    /** A stem in -ы/-і may be a possessive or a plain vowel-final stem: it takes what follows a vowel too. */
    private static boolean follows(String stem, Set<Before> allowed) {
        Before before = soundAtEnd(stem);
        return allowed.contains(before) || (before == Before.POSSESSIVE && allowed.contains(Before.VOWEL));
    }

    /** A few stems drop their last vowel before a vowel-initial ending (халық → халқы, кәсіпорын → кәсіпорны). */
    private static final String[][] ELIDED = {{"халқ", "халық"}, {"орн", "орын"}, {"ауз", "ауыз"}, {"мұрн", "мұрын"},
            {"ерн", "ерін"}, {"қарн", "қарын"}, {"көңл", "көңіл"}};

    private static String restoreElidedVowel(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        for (String[] pair : ELIDED) {
            if (lower.endsWith(pair[0])) {
                return w.substring(0, w.length() - pair[0].length()) + pair[1];
            }
        }
        return w;
    }

    private static String devoiceLastConsonant(String w) {
        if (w.length() < MIN_STEM) {
            return w;
        }
        char last = w.charAt(w.length() - 1);
        char voiceless = switch (last) {
            case 'б' -> 'п';
            case 'г' -> 'к';
            case 'ғ' -> 'қ';
            case 'Б' -> 'П';
            case 'Г' -> 'К';
            case 'Ғ' -> 'Қ';
            default -> last;
        };
        return voiceless == last ? w : w.substring(0, w.length() - 1) + voiceless;
    }

    private static boolean canBeStem(String stem) {
        String lower = stem.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_STEM && !SHORT_STEMS.contains(lower)) {
            return false;
        }
        return lower.chars().anyMatch(c -> isVowel((char) c) || c == 'у');
    }

    /** The kind of sound a stem ends in, as Kazakh suffix spelling sees it; a possessive -ы/-і/-сы/-сі counts apart. */
    private static Before soundAtEnd(String stem) {
        String lower = stem.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return Before.VOICELESS;
        }
        char last = lower.charAt(lower.length() - 1);
        if ((last == 'ь' || last == 'ъ') && lower.length() >= 2) {
            last = lower.charAt(lower.length() - 2);
        }
        if ((last == 'ы' || last == 'і') && lower.length() >= 2) {
            return Before.POSSESSIVE;
        }
        if (isVowel(last)) {
            return Before.VOWEL;
        }
        if (SONORANT_OPEN.indexOf(last) >= 0) {
            return Before.OPEN;
        }
        if (last == 'л') {
            return Before.L;
        }
        if (NASAL.indexOf(last) >= 0) {
            return Before.NASAL;
        }
        if (last == 'з' || last == 'ж') {
            return Before.ZH;
        }
        return VOICED.indexOf(last) >= 0 ? Before.OPEN : Before.VOICELESS;
    }

    static boolean isVowel(char c) {
        return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
    }
}

package com.researchbridge.matching.text;

import java.util.Set;

/** Short, frequent words and letters that tell Kazakh from Russian and Kazakh in Latin script from English. */
final class LanguageCues {

    static final Set<String> KAZAKH_WORDS = Set.of(
            "және", "мен", "бен", "пен", "үшін", "бойынша", "арқылы", "туралы", "бұл", "осы", "ол", "олар", "оның",
            "біз", "біздің", "менің", "ретінде", "сияқты", "немесе", "бірақ", "яғни", "да", "де", "та", "те", "жылы",
            "болып", "табылады", "болады", "етеді", "арасындағы", "зерттеу", "ғылыми", "саласы", "жоқ", "бар", "ал");
    static final Set<String> RUSSIAN_WORDS = Set.of(
            "и", "в", "во", "на", "наш", "наша", "наши", "нашей", "этот", "эта", "эти", "все", "всех", "с", "со", "по", "для", "что", "это", "не", "из", "к", "о", "об", "от", "как",
            "также", "при", "между", "или", "но", "а", "у", "за", "под", "над", "после", "его", "её", "их", "мы",
            "я", "был", "была", "были", "является", "являются", "который", "которые", "которых", "году", "лет");
    static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "of", "and", "in", "to", "is", "for", "with", "on", "by", "are", "this", "that", "from", "as",
            "at", "an", "be", "we", "our", "i", "my", "study", "research", "was", "were", "has", "have", "its");
    /** Russian inflections that Kazakh words (which inflect with their own suffixes) do not end in. */
    static final String[] RUSSIAN_ENDINGS = {"ого", "его", "ых", "ый", "ая", "ое", "ые", "ает", "яет", "ует", "ется",
            "ются", "ость", "ости", "ение", "ения", "ание", "ания", "ться", "ский", "ской", "ских", "ями", "ами", "ов", "ев", "аю", "яю", "ую"};
    /** Kazakh in Latin script, in the 2021 alphabet (with acute accents) and the plain variant without them. */
    static final Set<String> KAZAKH_LATIN_WORDS = Set.of(
            "jáne", "jane", "men", "úshin", "ushin", "boıynsha", "boiynsha", "boyinsha", "arqyly", "turaly", "bul",
            "osy", "olar", "onyń", "onyn", "retinde", "zertteý", "zertteu", "ǵylym", "gylym", "ǵylymı", "gylymi",
            "bilim", "joǵary", "jogary", "qazaqstan", "respýblıkasy", "respublikasy", "ministrligi",
            "ýnıversıteti", "universiteti", "jyly", "tili", "qazaq", "biz", "bizdiń", "bizdin", "salasy");
    /** Endings of Kazakh inflection as written in Latin script. */
    static final String[] KAZAKH_LATIN_ENDINGS = {"lary", "leri", "dary", "deri", "tary", "teri", "nyń", "niń",
            "dyń", "diń", "tyń", "tiń", "ynyń", "inyń", "ndaǵy", "ndegi", "daǵy", "degi", "ǵa", "qa"};

    private LanguageCues() {
    }

    static boolean isKazakhCyrillicLetter(int cp) {
        return switch (Character.toLowerCase(cp)) {
            case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і' -> true;
            default -> false;
        };
    }

    /** Letters of the Kazakh Latin alphabets that English never uses. */
    static boolean isKazakhLatinLetter(int cp) {
        return switch (Character.toLowerCase(cp)) {
            case 'á', 'ǵ', 'ń', 'ó', 'ú', 'ý', 'ı', 'ğ', 'ñ', 'ū', 'ä', 'ö', 'ü', 'ş' -> true;
            default -> false;
        };
    }

    /** Letters only the Kazakh (and Uyghur) Arabic-script alphabet has, as Kazakhs in China write it. */
    static boolean isKazakhArabicLetter(int cp) {
        return switch (cp) {
            case 0x0674, 0x0675, 0x0676, 0x0677, 0x06C7, 0x06CB, 0x06D5, 0x06AD, 0x06C6, 0x0678 -> true;
            default -> false;
        };
    }
}

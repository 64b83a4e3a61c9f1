package com.researchbridge.matching.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells the four profile languages apart, sentence by sentence. The script settles most cases (Han is Chinese);
 * within Cyrillic and within Latin script it weighs evidence: Kazakh letters in ordinary words (a capitalised
 * name such as Қарағанды inside a Russian sentence counts little), frequent function words, OpenNLP's
 * n-gram detector ({@link StatisticalLanguageDetector}), and the language the profile declares, as a prior
 * that settles near-ties. Kazakh in Latin script (2021 alphabet or plain) is Kazakh, not English; Kazakh in
 * Arabic script (used in China) is recognised by its own letters.
 *
 * <p>Work is bounded: a whole-text guess reads at most {@value #SAMPLE} characters, a sentence split at most
 * {@link TextAnalysis#MAX_CHARS}, and the n-gram model is called at most once per script per call, on at most {@value #MODEL_CHARS} characters.
 */
public final class LanguageGuesser {

    /** One sentence and the language it is written in. */
    public record Sentence(String text, TextLanguage language) {
    }

    private static final int SAMPLE = 20_000;
    /** Most text of undecided sentences shown to the n-gram model in one call. */
    private static final int MODEL_CHARS = 1_000;
    /** Fewer letters than this and the n-gram model is not asked: it guesses wildly on a word or two. */
    private static final int MODEL_MIN_LETTERS = 12;
    private static final double PRIOR = 1.0;
    private static final double MODEL_WEIGHT = 0.8;
    private static final double MODEL_CAP = 4.0;
    /** Rule evidence this strong is not weighed against the model (which also saves its time). */
    private static final double DECISIVE = 2.0;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;。！？；])\\s+|(?<=[。！？；])|\\R+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");

    private LanguageGuesser() {
    }

    /** The main language of a text, with no declared language. */
    public static TextLanguage guess(String text) {
        return guess(text, null);
    }

    /**
     * The main language of a text: each sentence decided on its own, the language with most letters wins
     * (a Han character counts as three letters); the declared language breaks ties.
     */
    public static TextLanguage guess(String text, TextLanguage declared) {
        if (text == null || text.isBlank()) {
            return TextLanguage.OTHER;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        var weights = new EnumMap<TextLanguage, Double>(TextLanguage.class);
        for (var sentence : decideAll(split(sample), declared)) {
            if (sentence.language() != TextLanguage.OTHER) {
                weights.merge(sentence.language(), (double) ScriptCounts.of(sentence.text()).weightedLetters(), Double::sum);
            }
        }
        if (weights.isEmpty()) {
            return TextLanguage.OTHER;
        }
        double best = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (declared != null && weights.getOrDefault(declared, 0d) >= best) {
            return declared;
        }
        return weights.entrySet().stream().filter(e -> e.getValue() >= best).findFirst().orElseThrow().getKey();
    }

    /** The text (up to {@link TextAnalysis#MAX_CHARS}) cut into sentences, each with its language. */
    public static List<Sentence> sentences(String text, TextLanguage declared) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String bounded = text.length() > TextAnalysis.MAX_CHARS ? text.substring(0, TextAnalysis.MAX_CHARS) : text;
        return decideAll(split(bounded), declared);
    }

    static List<String> split(String text) {
        var result = new ArrayList<String>();
        for (String part : SENTENCE_END.split(text)) {
            if (!part.isBlank()) {
                result.add(part.strip());
            }
        }
        return result;
    }

    private enum Kind { NONE, HAN, ARABIC, CYRILLIC, LATIN }

    /** What the rules say about one sentence: its script and, for Cyrillic and Latin, a score (positive: Kazakh). */
    private record Evidence(String text, Kind kind, double score, boolean undecided, TextLanguage fixed) {
    }

    /**
     * Decides every sentence by the rules; the sentences the rules leave undecided are shown to the n-gram model
     * together, in one call per script (its time is the cost that matters), and its verdict tips each of them.
     */
    private static List<Sentence> decideAll(List<String> sentences, TextLanguage declared) {
        var evidence = sentences.stream().map(s -> evidence(s, declared)).toList();
        double cyrillicModel = modelVerdict(evidence, Kind.CYRILLIC);
        double latinModel = modelVerdict(evidence, Kind.LATIN);
        var result = new ArrayList<Sentence>(evidence.size());
        for (var e : evidence) {
            TextLanguage language = switch (e.kind()) {
                case CYRILLIC -> e.score() + (e.undecided() ? cyrillicModel : 0) > 0 ? TextLanguage.KK : TextLanguage.RU;
                case LATIN -> e.score() + (e.undecided() ? latinModel : 0) > 0 ? TextLanguage.KK : TextLanguage.EN;
                default -> e.fixed();
            };
            result.add(new Sentence(e.text(), language));
        }
        return result;
    }

    private static double modelVerdict(List<Evidence> evidence, Kind kind) {
        var undecided = new StringBuilder();
        for (var e : evidence) {
            if (e.kind() == kind && e.undecided() && undecided.length() < MODEL_CHARS) {
                undecided.append(e.text()).append(' ');
            }
        }
        if (undecided.isEmpty()) {
            return 0;
        }
        double ratio = kind == Kind.CYRILLIC ? StatisticalLanguageDetector.kazakhOverRussian(undecided.toString())
                : StatisticalLanguageDetector.kazakhOverEnglish(undecided.toString());
        return MODEL_WEIGHT * clamp(ratio);
    }

    private static Evidence evidence(String sentence, TextLanguage declared) {
        var counts = ScriptCounts.of(sentence);
        int alphabetic = counts.han() + counts.cyrillic() + counts.latin() + counts.arabic();
        if (alphabetic == 0) {
            return new Evidence(sentence, Kind.NONE, 0, false, TextLanguage.OTHER);
        }
        // A Chinese character carries about as much as a short Latin word: weigh them accordingly.
        if (counts.han() > 0 && counts.han() * 3 >= counts.cyrillic() + counts.latin() + counts.arabic()) {
            return new Evidence(sentence, Kind.HAN, 0, false, TextLanguage.ZH);
        }
        if (counts.arabic() > counts.cyrillic() + counts.latin()) {
            boolean kazakh = counts.kazakhArabic() > 0 || declared == TextLanguage.KK;
            return new Evidence(sentence, Kind.ARABIC, 0, false, kazakh ? TextLanguage.KK : TextLanguage.OTHER);
        }
        boolean enoughForModel = Math.max(counts.cyrillic(), counts.latin()) >= MODEL_MIN_LETTERS;
        if (counts.cyrillic() >= counts.latin()) {
            double score = kazakhOverRussianByRules(sentence, declared);
            return new Evidence(sentence, Kind.CYRILLIC, score, enoughForModel && Math.abs(score) < DECISIVE, null);
        }
        double score = kazakhOverEnglishByRules(sentence, declared);
        // The model knows no Kazakh Latin, but finds it closer to Uzbek or Turkish than to English: asked only
        // when the rules already lean Kazakh.
        return new Evidence(sentence, Kind.LATIN, score, enoughForModel && score > 0 && score < DECISIVE, null);
    }

    private static double kazakhOverRussianByRules(String sentence, TextLanguage declared) {
        double score = 0;
        boolean first = true;
        var words = WORD.matcher(sentence);
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.codePoints().anyMatch(LanguageCues::isKazakhCyrillicLetter)) {
                // Place and person names (Іле Алатау, әл-Фараби, Қарағанды) are written in Kazakh inside Russian text.
                score += isName(word, first) ? 0.5 : first ? 1.0 : 2.0;
            }
            if (hasRussianOnlyLetter(lower)) {
                score -= 1.0;
            }
            if (hasRussianEnding(lower) && !isName(word, first)) {
                score -= 0.75;
            }
            if (LanguageCues.KAZAKH_WORDS.contains(lower)) {
                score += 1.5;
            } else if (LanguageCues.RUSSIAN_WORDS.contains(lower)) {
                score -= 1.5;
            }
            first = false;
        }
        return score + (declared == TextLanguage.KK ? PRIOR : declared == TextLanguage.RU ? -PRIOR : 0);
    }

    private static double kazakhOverEnglishByRules(String sentence, TextLanguage declared) {
        double score = 0;
        var words = WORD.matcher(sentence);
        while (words.find()) {
            String lower = words.group().toLowerCase(Locale.ROOT);
            if (lower.codePoints().anyMatch(LanguageCues::isKazakhLatinLetter)) {
                score += 2.0;
            }
            if (LanguageCues.KAZAKH_LATIN_WORDS.contains(lower)) {
                score += 1.5;
            } else if (LanguageCues.ENGLISH_WORDS.contains(lower)) {
                score -= 1.5;
            }
            if (hasKazakhLatinEnding(lower) || hasQWithoutU(lower)) {
                score += 0.75;
            }
        }
        return score + (declared == TextLanguage.KK ? PRIOR * 0.5 : declared == TextLanguage.EN ? -PRIOR : 0);
    }

    /** A capitalised word, or a hyphenated one with a capitalised part (әл-Фараби); a sentence's first word is not. */
    private static boolean isName(String word, boolean sentenceStart) {
        String[] parts = word.split("-");
        for (int i = 0; i < parts.length; i++) {
            boolean capital = !parts[i].isEmpty() && Character.isUpperCase(parts[i].codePointAt(0));
            if (capital && !(sentenceStart && i == 0)) {
                return true;
            }
        }
        return false;
    }

    /** ё, ъ and щ appear in Kazakh only in unassimilated Russian words. */
    private static boolean hasRussianOnlyLetter(String word) {
        return word.indexOf('ё') >= 0 || word.indexOf('ъ') >= 0 || word.indexOf('щ') >= 0;
    }

    private static boolean hasRussianEnding(String word) {
        for (String ending : LanguageCues.RUSSIAN_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasKazakhLatinEnding(String word) {
        for (String ending : LanguageCues.KAZAKH_LATIN_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** English writes q almost only before u; Kazakh Latin writes қ as q (Qazaqstan, arqyly). */
    private static boolean hasQWithoutU(String word) {
        for (int i = word.indexOf('q'); i >= 0; i = word.indexOf('q', i + 1)) {
            if (i + 1 >= word.length() || word.charAt(i + 1) != 'u') {
                return true;
            }
        }
        return false;
    }

    private static double clamp(double logRatio) {
        return Math.max(-MODEL_CAP, Math.min(MODEL_CAP, logRatio));
    }

    /**
     * Splits mixed-script text into one text per language: Han runs are Chinese, Latin runs English, and the
     * Cyrillic runs of each sentence Kazakh or Russian as that sentence's Cyrillic reads (so an abstract with a
     * Kazakh and a Russian paragraph gives both). Other characters separate runs.
     */
    public static Map<TextLanguage, String> splitByScript(String text) {
        if (text == null) {
            return Map.of();
        }
        var runs = split(text.length() > TextAnalysis.MAX_CHARS ? text.substring(0, TextAnalysis.MAX_CHARS) : text).stream()
                .map(LanguageGuesser::runsByScript).toList();
        var cyrillic = runs.stream().map(r -> r.get(TextLanguage.RU)).filter(java.util.Objects::nonNull).toList();
        var cyrillicLanguages = decideAll(cyrillic, null).iterator();
        var parts = new EnumMap<TextLanguage, StringBuilder>(TextLanguage.class);
        for (var sentenceRuns : runs) {
            sentenceRuns.forEach((language, run) -> {
                TextLanguage target = language == TextLanguage.RU ? cyrillicLanguages.next().language() : language;
                var builder = parts.computeIfAbsent(target, l -> new StringBuilder());
                if (!builder.isEmpty()) {
                    builder.append(' ');
                }
                builder.append(run);
            });
        }
        var result = new EnumMap<TextLanguage, String>(TextLanguage.class);
        parts.forEach((language, builder) -> result.put(language, builder.toString()));
        return result;
    }

    /** Han runs as ZH, Latin as EN, Cyrillic as RU (Kazakh or Russian decided by the caller). */
    private static Map<TextLanguage, String> runsByScript(String text) {
        var parts = new EnumMap<TextLanguage, StringBuilder>(TextLanguage.class);
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
        var result = new EnumMap<TextLanguage, String>(TextLanguage.class);
        parts.forEach((language, builder) -> result.put(language, builder.toString()));
        return result;
    }

    static boolean isKazakhLetter(int cp) {
        return LanguageCues.isKazakhCyrillicLetter(cp);
    }
}

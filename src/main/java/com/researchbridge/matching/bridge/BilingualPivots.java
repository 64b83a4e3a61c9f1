package com.researchbridge.matching.bridge;

import com.researchbridge.matching.text.TextAnalysis;
import com.researchbridge.matching.text.TextLanguage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * General bilingual pivots into English, beyond the research vocabulary: given a text's analysed terms in one
 * language, the English terms they stand for, weighted, in the English analysis space ({@code "en:glacier"}),
 * each with its source for explanations.
 * <ul>
 * <li>Chinese: CC-CEDICT words (longest dictionary matches over the segmented text); weight falls with the
 * number of senses.</li>
 * <li>Russian: Mueller's English-Russian dictionary reversed, plus international-word cognates (also
 * compounds of a combining form and a cognate: гидрогеология → hydrogeology).</li>
 * <li>Kazakh: loan words through the Russian stem they share (сейсмикалық / сейсмическ), plus cognates.</li>
 * </ul>
 * English terms pivot to nothing. Work is bounded: at most {@link #MAX_TERMS} terms, each distinct term looked
 * up once, terms longer than {@link #MAX_TERM_CHARS} skipped. Thread-safe and immutable once loaded.
 */
public final class BilingualPivots {

    public static final int MAX_TERMS = 20_000;
    /** Longer "terms" are no words (a run of text the analyser did not split) and are skipped. */
    public static final int MAX_TERM_CHARS = 64;
    /** Most distinct pivots listed for explanations (the weights keep them all). */
    public static final int MAX_EXPLAINED = 500;
    static final float SHARED_STEM_FACTOR = 0.8f;
    static final float COGNATE_FACTOR = 0.7f;

    private final PivotTable chinese;
    private final PivotTable russian;
    private final Cognates cognates;
    private final Map<String, List<String>> russianByLoanRoot;
    private final ChineseWords chineseWords;
    private final Set<Part> parts;

    /**
     * The parts of the pivots, each of which can be left out (for the ablation in docs/benchmarks.md): the two
     * dictionaries, the Latin-transliteration cognates, and Kazakh loan roots (which reach English through the
     * Russian table).
     */
    public enum Part {
        CC_CEDICT, MUELLER, COGNATES, LOAN_ROOTS
    }

    BilingualPivots(PivotTable chinese, PivotTable russian, Cognates cognates) {
        this(chinese, russian, cognates, new ChineseWords(chinese), indexByLoanRoot(russian), EnumSet.allOf(Part.class));
    }

    private BilingualPivots(PivotTable chinese, PivotTable russian, Cognates cognates, ChineseWords chineseWords,
                            Map<String, List<String>> russianByLoanRoot, Set<Part> parts) {
        this.chinese = chinese;
        this.russian = russian;
        this.cognates = cognates;
        this.chineseWords = chineseWords;
        this.russianByLoanRoot = russianByLoanRoot;
        this.parts = Collections.unmodifiableSet(parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts));
    }

    /** The same tables with only {@code parts} in use (none: no pivots at all). */
    public BilingualPivots only(Set<Part> parts) {
        return new BilingualPivots(chinese, russian, cognates, chineseWords, russianByLoanRoot, parts);
    }

    /** The parts in use. */
    public Set<Part> parts() {
        return parts;
    }

    /** The tables the build derived (empty ones, and so no pivots, when it did not); loaded once. */
    public static BilingualPivots standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final BilingualPivots INSTANCE = new BilingualPivots(
                PivotTable.load("/bridge/zh-en.tsv.gz"), PivotTable.load("/bridge/ru-en.tsv.gz"),
                Cognates.load("/bridge/en-words.tsv.gz"));
    }

    /** Whether each language has its general dictionary (false when the build could not derive it). */
    public boolean hasDictionary(TextLanguage language) {
        return switch (language) {
            case ZH -> chinese.size() > 0;
            case RU, KK -> russian.size() > 0;
            default -> false;
        };
    }

    /** Pivots of a text, analysed here in the given language. */
    public PivotTerms pivotsOfText(String text, TextLanguage language) {
        return language == null ? PivotTerms.NONE : pivots(TextAnalysis.terms(text, language), language);
    }

    /**
     * Pivots of analysed terms in {@code language}, as {@link TextAnalysis#terms} gives them; a language prefix
     * ({@code "ru:ледник"}) is accepted and ignored.
     */
    public PivotTerms pivots(List<String> terms, TextLanguage language) {
        if (terms == null || terms.isEmpty() || language == null || parts.isEmpty()) {
            return PivotTerms.NONE;
        }
        List<String> bounded = bare(terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms);
        return switch (language) {
            case ZH -> collect(chineseWords.find(bounded), "zh", this::chinese);
            case RU -> collect(bounded, "ru", this::russian);
            case KK -> collect(bounded, "kk", this::kazakh);
            default -> PivotTerms.NONE;
        };
    }

    private List<Pivot> chinese(String word) {
        var result = new ArrayList<Pivot>();
        if (!parts.contains(Part.CC_CEDICT)) {
            return result;
        }
        chinese.lookup(word).forEach((stem, w) ->
                result.add(new Pivot("zh:" + word, "en:" + stem, w, PivotSource.DICTIONARY, null)));
        return result;
    }

    private List<Pivot> russian(String stem) {
        var result = new ArrayList<Pivot>();
        if (parts.contains(Part.MUELLER)) {
            russian.lookup(stem).forEach((en, w) ->
                    result.add(new Pivot("ru:" + stem, "en:" + en, w, PivotSource.DICTIONARY, null)));
        }
        if (!parts.contains(Part.COGNATES)) {
            return result;
        }
        for (var match : cognatesOf(LatinKey.ofRussian(LoanRoots.russian(stem)))) {
            result.add(new Pivot("ru:" + stem, "en:" + match.stem(), COGNATE_FACTOR * match.similarity(),
                    PivotSource.COGNATE, null));
        }
        return result;
    }

    private List<Pivot> kazakh(String stem) {
        var result = new ArrayList<Pivot>();
        String root = LoanRoots.kazakh(stem);
        if (parts.contains(Part.LOAN_ROOTS) && root.length() >= LoanRoots.MIN_ROOT) {
            for (String ru : russianByLoanRoot.getOrDefault(root, List.of())) {
                russian.lookup(ru).forEach((en, w) -> result.add(new Pivot("kk:" + stem, "en:" + en,
                        SHARED_STEM_FACTOR * w, PivotSource.SHARED_STEM, "ru:" + ru)));
            }
        }
        if (!parts.contains(Part.COGNATES)) {
            return result;
        }
        for (var match : cognatesOf(LatinKey.ofKazakh(root))) {
            result.add(new Pivot("kk:" + stem, "en:" + match.stem(), COGNATE_FACTOR * match.similarity(),
                    PivotSource.COGNATE, null));
        }
        return result;
    }

    private List<Cognates.Match> cognatesOf(String rootKey) {
        var direct = cognates.find(rootKey);
        return direct.isEmpty() ? CombiningForms.compounds(rootKey, cognates) : direct;
    }

    /**
     * Sums over the terms; for one source term, an English term reached several ways counts once, at its
     * strongest.
     */
    private static PivotTerms collect(List<String> sourceTerms, String language,
                                      java.util.function.Function<String, List<Pivot>> lookup) {
        var perTerm = new HashMap<String, Map<String, Pivot>>();
        var weights = new LinkedHashMap<String, Float>();
        for (String source : sourceTerms) {
            var pivots = perTerm.computeIfAbsent(source, s -> strongestPerEnglishTerm(lookup.apply(s)));
            pivots.values().forEach(p -> weights.merge(p.term(), p.weight(), Float::sum));
        }
        List<Pivot> explained = perTerm.values().stream()
                .flatMap(m -> m.values().stream())
                .sorted(Comparator.comparing(Pivot::weight).reversed().thenComparing(Pivot::from).thenComparing(Pivot::term))
                .limit(MAX_EXPLAINED)
                .toList();
        return new PivotTerms(Map.copyOf(weights), explained);
    }

    private static Map<String, Pivot> strongestPerEnglishTerm(List<Pivot> pivots) {
        var strongest = new LinkedHashMap<String, Pivot>();
        for (Pivot p : pivots) {
            strongest.merge(p.term(), p, (a, b) -> b.weight() > a.weight() ? b : a);
        }
        return strongest;
    }

    private static List<String> bare(List<String> terms) {
        var result = new ArrayList<String>(terms.size());
        for (String term : terms) {
            if (term == null || term.isEmpty() || term.length() > MAX_TERM_CHARS) {
                continue;
            }
            int colon = term.indexOf(':');
            result.add(colon == 2 ? term.substring(3) : term);
        }
        return result;
    }

    private static Map<String, List<String>> indexByLoanRoot(PivotTable russian) {
        var index = new HashMap<String, List<String>>();
        for (String stem : russian.keys()) {
            String root = LoanRoots.russian(stem);
            if (root.length() >= LoanRoots.MIN_ROOT) {
                index.computeIfAbsent(root, r -> new ArrayList<>(1)).add(stem);
                String shorter = LoanRoots.withoutIk(root);
                if (!shorter.equals(root)) {
                    index.computeIfAbsent(shorter, r -> new ArrayList<>(1)).add(stem);
                }
            }
        }
        return index;
    }
}

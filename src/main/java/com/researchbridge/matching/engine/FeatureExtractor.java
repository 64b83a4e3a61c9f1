package com.researchbridge.matching.engine;

import com.researchbridge.matching.bridge.BilingualPivots;
import com.researchbridge.matching.bridge.Pivot;
import com.researchbridge.matching.bridge.PivotTerms;
import com.researchbridge.matching.text.LanguageGuesser;
import com.researchbridge.matching.text.TextAnalysis;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.ConceptMatcher;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a profile's texts into concept and term counts. Each text is analysed in its own language (declared,
 * or guessed per text, since researchers mix languages); lexical terms carry their language
 * ({@code "ru:ледник"}), so only texts in a shared language meet lexically, while concepts meet across
 * languages. Keywords and titles weigh more than running text.
 */
public final class FeatureExtractor {

    static final float KEYWORD_WEIGHT = 2f;
    static final float TITLE_WEIGHT = 1.5f;
    static final int MAX_PUBLICATIONS = 50;

    /** A query word that is part of a concept the query names weighs this much on its own. */
    static final float COVERED_QUERY_TERM_WEIGHT = 0.3f;
    /** A narrower concept of one the query names (glacial lakes for "glaciers") weighs this much. */
    static final float NARROWER_CONCEPT_WEIGHT = 0.5f;
    /**
     * Queries of at most this many words (per script) are typed ones and get the weighting and narrower concepts
     * above; a pasted abstract is read as it is, so that its cost stays bounded.
     */
    static final int MAX_TYPED_QUERY_TERMS = 24;

    private volatile ConceptMatcher concepts;
    private volatile Vocabulary vocabulary;
    /** For each concept, the concepts with a label containing one of its labels; computed on first query. */
    private volatile int[][] narrower;
    private final BilingualPivots pivots;

    public FeatureExtractor(Vocabulary vocabulary) {
        this(vocabulary, BilingualPivots.standard());
    }

    /** With the given pivots (e.g. only some of their parts, for the ablation). */
    public FeatureExtractor(Vocabulary vocabulary, BilingualPivots pivots) {
        this.concepts = new ConceptMatcher(vocabulary, TextAnalysis::terms);
        this.vocabulary = vocabulary;
        this.pivots = pivots;
    }

    /**
     * Reads text with an edited vocabulary from now on. The edited vocabulary keeps every concept's number
     * ({@link Vocabulary#withEdits}), so features read before and after the change stay comparable.
     */
    public void useVocabulary(Vocabulary vocabulary) {
        this.concepts = new ConceptMatcher(vocabulary, TextAnalysis::terms);
        this.vocabulary = vocabulary;
        this.narrower = null;
    }

    /** A profile's features, for other indexes (partner search). */
    public Features features(MatchProfile p) {
        var counts = profile(p);
        return new Features(Map.copyOf(counts.lexical), Map.copyOf(counts.concepts));
    }

    /**
     * A search query in any of the four languages, each script's part in its own language; nested concepts
     * count too, so that a query for "glacier runoff" also reaches people who write about glaciers, and so do
     * narrower concepts at {@link #NARROWER_CONCEPT_WEIGHT}, so that "glaciers" also reaches glacial lakes. A word
     * that is part of a concept the query names weighs {@link #COVERED_QUERY_TERM_WEIGHT} on its own: «су
     * ресурстары» asks for water resources, not for anything with "resources" in it.
     */
    public Features query(String text) {
        var counts = new TermCounts();
        String bounded = text == null ? "" : text.length() > TextAnalysis.MAX_CHARS ? text.substring(0, TextAnalysis.MAX_CHARS) : text;
        var found = new java.util.LinkedHashSet<Integer>();
        LanguageGuesser.splitByScript(bounded).forEach((guessed, part) -> {
            // A short Cyrillic query (a name, two words) rarely tells Kazakh from Russian: ask in both.
            var languages = guessed == TextLanguage.RU || guessed == TextLanguage.KK
                    ? List.of(TextLanguage.RU, TextLanguage.KK) : List.of(guessed);
            for (TextLanguage language : languages) {
                List<String> terms = TextAnalysis.terms(part, language);
                var inConcepts = concepts.findAll(terms, language);
                var covered = new java.util.HashSet<String>();
                boolean typed = terms.size() <= MAX_TYPED_QUERY_TERMS;
                for (int concept : inConcepts) {
                    counts.concepts.put(concept, 1f);
                    if (typed) {
                        found.add(concept);
                    }
                    if (typed && concept < vocabulary.size()) {
                        vocabulary.get(concept).labels().getOrDefault(language, List.of())
                                .forEach(label -> covered.addAll(TextAnalysis.terms(label, language)));
                    }
                }
                terms.forEach(term -> counts.lexical.merge(language.code() + ":" + term,
                        covered.contains(term) ? COVERED_QUERY_TERM_WEIGHT : 1f, Math::max));
            }
        });
        if (!found.isEmpty()) {
            int[][] narrowerOf = narrower();
            for (int concept : found) {
                if (concept < narrowerOf.length) {
                    for (int n : narrowerOf[concept]) {
                        if (!found.contains(n)) {
                            counts.concepts.merge(n, NARROWER_CONCEPT_WEIGHT, Math::max);
                        }
                    }
                }
            }
        }
        return new Features(Map.copyOf(counts.lexical), Map.copyOf(counts.concepts));
    }

    /**
     * Concept B is broader than N when, in some language, a label of N contains a label of B (as analysed words:
     * "мұздық көлдерінің ақтарылуы" contains "мұздық", "跨境水资源管理" contains "水资源").
     */
    private int[][] narrower() {
        int[][] result = narrower;
        if (result != null) {
            return result;
        }
        var vocab = vocabulary;
        var matcher = concepts;
        var lists = new java.util.ArrayList<java.util.Set<Integer>>();
        for (int c = 0; c < vocab.size(); c++) {
            lists.add(new java.util.TreeSet<>());
        }
        for (int n = 0; n < vocab.size(); n++) {
            for (var e : vocab.get(n).labels().entrySet()) {
                for (String label : e.getValue()) {
                    for (int b : matcher.findAll(TextAnalysis.terms(label, e.getKey()), e.getKey())) {
                        if (b != n && b < lists.size()) {
                            lists.get(b).add(n);
                        }
                    }
                }
            }
        }
        result = new int[lists.size()][];
        for (int b = 0; b < result.length; b++) {
            result[b] = lists.get(b).stream().mapToInt(Integer::intValue).toArray();
        }
        narrower = result;
        return result;
    }

    /** Free text as profile text (names, institutions), each script's part in its own language. */
    public Features features(String text) {
        var counts = new TermCounts();
        add(counts, text, null, 1f);
        return new Features(Map.copyOf(counts.lexical), Map.copyOf(counts.concepts));
    }

    /** The whole profile as one unit. */
    TermCounts profile(MatchProfile p) {
        return analyse(p).profile();
    }

    /** A profile's texts analysed once: the whole profile, and each publication as its own unit. */
    record Analysis(TermCounts profile, List<TermCounts> publications) {
    }

    /**
     * Reads each text of a profile once: the publications' units are read first and the whole profile's counts
     * are its own texts plus those units.
     */
    Analysis analyse(MatchProfile p) {
        var counts = new TermCounts();
        add(counts, p.summary(), p.language(), 1f);
        p.keywords().forEach(k -> add(counts, k, p.language(), KEYWORD_WEIGHT));
        add(counts, p.summaryEn(), TextLanguage.EN, 1f);
        p.otherVersions().forEach(v -> add(counts, v.text(), v.language(), 1f));
        p.keywordsEn().forEach(k -> add(counts, k, TextLanguage.EN, KEYWORD_WEIGHT));
        var units = publicationUnits(p);
        units.forEach(counts::addAll);
        return new Analysis(counts, units);
    }

    /** Each publication (title and abstract) as its own unit, in the profile's order, for publication pairs. */
    List<TermCounts> publicationUnits(MatchProfile p) {
        var result = new ArrayList<TermCounts>();
        for (var publication : publications(p)) {
            var counts = new TermCounts();
            add(counts, publication.title(), null, TITLE_WEIGHT);
            add(counts, publication.abstractText(), null, 1f);
            result.add(counts);
        }
        return result;
    }

    private static List<MatchProfile.Publication> publications(MatchProfile p) {
        return p.publications().size() > MAX_PUBLICATIONS ? p.publications().subList(0, MAX_PUBLICATIONS) : p.publications();
    }

    private void add(TermCounts counts, String text, TextLanguage declared, float weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        String bounded = text.length() > TextAnalysis.MAX_CHARS ? text.substring(0, TextAnalysis.MAX_CHARS) : text;
        if (declared == null || declared == TextLanguage.OTHER || !sameScript(declared, LanguageGuesser.guess(bounded))) {
            // Undeclared, or not what was declared (a Chinese text filed as Russian, mixed scripts):
            // analyse each script's part in its own language.
            LanguageGuesser.splitByScript(bounded).forEach((language, part) -> addIn(counts, part, language, weight));
        } else {
            addIn(counts, bounded, declared, weight);
        }
    }

    /** Kazakh and Russian share a script; short Kazakh keywords often lack the letters that tell them apart. */
    private static boolean sameScript(TextLanguage a, TextLanguage b) {
        boolean cyrillicA = a == TextLanguage.KK || a == TextLanguage.RU;
        boolean cyrillicB = b == TextLanguage.KK || b == TextLanguage.RU;
        return a == b || (cyrillicA && cyrillicB);
    }

    private void addIn(TermCounts counts, String text, TextLanguage language, float weight) {
        List<String> terms = TextAnalysis.terms(text, language);
        String prefix = language.code() + ":";
        for (String term : terms) {
            counts.addTerm(prefix + term, weight);
        }
        for (int concept : concepts.find(terms, language)) {
            counts.addConcept(concept, weight);
        }
        addPivots(counts, terms, language, weight);
    }

    /**
     * The text's terms in the English analysis space: English words as they are, Chinese, Russian and Kazakh
     * words through their {@link BilingualPivots} (weighted by ambiguity).
     */
    private void addPivots(TermCounts counts, List<String> terms, TextLanguage language, float weight) {
        if (pivots.parts().isEmpty()) {
            return;
        }
        if (language == TextLanguage.EN) {
            for (String term : terms) {
                String en = "en:" + term;
                counts.addPivot(en, weight, new PivotEvidence(en, null, 1f));
            }
            return;
        }
        PivotTerms found = pivots.pivots(terms, language);
        found.weights().forEach((term, w) -> counts.addPivot(term, weight * w, null));
        for (Pivot p : found.pivots()) {
            counts.addPivot(p.term(), 0f, new PivotEvidence(p.from(), p.source(), p.weight()));
        }
    }
}

package com.researchbridge.matching.text;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Lucene analysis chain for Kazakh: tokenise, lower-case, drop function words, {@link KazakhStemmer}. */
final class KazakhAnalyzer extends Analyzer {

    /** Kazakh function words (surface forms: they are dropped before stemming), each once. */
    static final List<String> STOP_WORD_LIST = List.of(
            // conjunctions and particles
            "және", "мен", "бен", "пен", "да", "де", "та", "те", "ал", "бірақ", "немесе", "яғни", "әрі", "не",
            "ғана", "ақ", "тек", "тағы", "сондай", "сонымен", "қатар", "себебі", "өйткені", "егер", "ма", "ме",
            // pronouns and determiners in their common forms
            "бұл", "осы", "сол", "ол", "олар", "оның", "олардың", "оны", "оған", "онда", "одан", "мұның", "бұның",
            "осының", "осыған", "осында", "менің", "біз", "біздің", "бізде", "сіз", "сіздің", "өз", "өзі",
            "өзінің", "әр", "әрбір", "барлық", "бүкіл", "бір", "кейбір", "басқа", "соның", "ешқандай",
            // postpositions and postposition-like words
            "үшін", "бойынша", "арқылы", "сияқты", "туралы", "арасындағы", "арасында", "ретінде", "кейін", "дейін",
            "бері", "соң", "қарай", "қарсы", "бірге", "ішінде", "жылы",
            // auxiliary verbs
            "болып", "болады", "болды", "табылады", "етеді", "етіп", "еді",
            // first-person verbs of profile boilerplate ("I study", "I work"): they tell nothing about the topic
            "жүргіземін", "айналысамын", "зерттеймін", "істеймін");

    static final CharArraySet STOP_WORDS = new CharArraySet(STOP_WORD_LIST, false);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new StemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static final class StemFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        StemFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String stem = KazakhStemmer.stem(term.toString());
            term.setEmpty().append(stem);
            return true;
        }
    }
}

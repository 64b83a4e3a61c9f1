package com.researchbridge.matching.text;

import java.io.IOException;
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

    static final CharArraySet STOP_WORDS = new CharArraySet(java.util.List.of(
            "және", "мен", "бен", "пен", "да", "де", "та", "те", "бұл", "осы", "ол", "олар", "оның", "олардың",
            "үшін", "бойынша", "арқылы", "сияқты", "немесе", "менің", "біз", "біздің", "туралы", "арасындағы",
            "әр", "барлық", "бір", "сондай", "ақ", "ретінде", "болып", "табылады", "болады", "жылы", "етеді",
            "мен", "ал", "бірақ", "яғни", "соның", "ішінде", "қатар", "сонымен", "қатар", "жүргіземін",
            "айналысамын", "зерттеймін", "жұмыс", "істеймін", "саласындағы", "бағыты", "негізгі", "қазіргі"), false);

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

package com.researchbridge.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Labelled sentences (language-sentences.tsv), traps included: each must be identified, with no declared language. */
class LanguageSentencesTest {

    record Labelled(TextLanguage language, String sentence) {
        @Override
        public String toString() {
            return language.code() + ": " + sentence;
        }
    }

    static List<Labelled> sentences() throws IOException {
        return read("/matching/text/language-sentences.tsv");
    }

    private static List<Labelled> read(String resource) throws IOException {
        try (InputStream in = LanguageSentencesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(cells -> new Labelled(TextLanguage.valueOf(cells[0].toUpperCase(Locale.ROOT)), cells[1]))
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void eachSentenceIsIdentified(Labelled row) {
        assertThat(LanguageGuesser.guess(row.sentence())).isEqualTo(row.language());
        assertThat(LanguageGuesser.sentences(row.sentence(), null)).allSatisfy(s -> assertThat(s.language()).isEqualTo(row.language()));
    }

    @Test
    void thereAreEnoughSentences() throws IOException {
        assertThat(sentences()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void accuracyPerLanguage() throws IOException {
        Map<TextLanguage, int[]> counts = new TreeMap<>();
        for (var row : sentences()) {
            int[] c = counts.computeIfAbsent(row.language(), l -> new int[2]);
            c[1]++;
            if (LanguageGuesser.guess(row.sentence()) == row.language()) {
                c[0]++;
            }
        }
        counts.forEach((language, c) -> System.out.printf("Language guess %s %3d / %3d%n", language.code(), c[0], c[1]));
        assertThat(counts.values()).allSatisfy(c -> assertThat(c[0]).isEqualTo(c[1]));
    }

    @Test
    void heldOutSentencesAreMostlyRight() throws IOException {
        var holdout = read("/matching/text/language-sentences-holdout.tsv");
        var wrong = holdout.stream().filter(row -> LanguageGuesser.guess(row.sentence()) != row.language()).toList();
        System.out.printf("Language guess held-out sentences %d / %d, wrong: %s%n", holdout.size() - wrong.size(), holdout.size(), wrong);
        assertThat(holdout).hasSizeGreaterThanOrEqualTo(30);
        assertThat(wrong.size()).isLessThanOrEqualTo(holdout.size() / 10);
    }
}

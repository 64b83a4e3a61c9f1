package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What other modules get of matching's text analysis: terms tagged by language, concepts shared across languages. */
class TextAnalyserTest {

    private static final TextAnalyser ANALYSER = TextAnalyser.withReviewedVocabulary();

    @Test
    void aQueryInOneLanguageSharesConceptsWithADocumentInAnother() {
        var chinese = ANALYSER.document("zh", "冰川物质平衡与径流", List.of("冰川"));
        var russian = ANALYSER.query("ледник");
        var english = ANALYSER.text("glacier mass balance");
        assertThat(chinese.concepts()).isNotEmpty();
        assertThat(russian.concepts().keySet()).containsAnyElementsOf(chinese.concepts().keySet());
        assertThat(english.concepts().keySet()).containsAnyElementsOf(chinese.concepts().keySet());
        assertThat(chinese.terms().keySet()).allMatch(term -> term.startsWith("zh:"));
        assertThat(english.terms().keySet()).allMatch(term -> term.startsWith("en:"));
    }

    @Test
    void keywordsWeighMoreThanRunningText() {
        var inText = ANALYSER.document("en", "glacier", List.of());
        var asKeyword = ANALYSER.document("en", "", List.of("glacier"));
        String term = inText.terms().keySet().iterator().next();
        assertThat(asKeyword.terms().get(term)).isGreaterThan(inText.terms().get(term));
    }

    @Test
    void anUndeclaredOrUnknownLanguageIsGuessedPerScript() {
        var guessed = ANALYSER.document(null, "冰川 glacier", null);
        var unknown = ANALYSER.document("xx-not-a-language", "冰川 glacier", null);
        assertThat(guessed.terms().keySet()).anyMatch(t -> t.startsWith("zh:")).anyMatch(t -> t.startsWith("en:"));
        assertThat(unknown).isEqualTo(guessed);
    }

    @Test
    void nothingToReadGivesNothing() {
        for (var read : List.of(ANALYSER.query(null), ANALYSER.query("   "), ANALYSER.text(null), ANALYSER.text(""),
                ANALYSER.document("ru", null, null))) {
            assertThat(read.terms()).isEmpty();
            assertThat(read.concepts()).isEmpty();
        }
    }

    @Test
    void anOverlongTextIsReadWithoutFailing() {
        var read = ANALYSER.query("ледник ".repeat(200_000));
        assertThat(read.terms()).isNotEmpty();
    }

    @Test
    void whatItReturnsCannotBeChangedByTheCaller() {
        var read = ANALYSER.text("glacier");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read.terms().put("en:x", 1f))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

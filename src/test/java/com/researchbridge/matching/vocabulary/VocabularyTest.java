package com.researchbridge.matching.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.text.TextAnalysis;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.researcher.ResearchField;
import java.util.Arrays;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static Vocabulary vocabulary;

    @BeforeAll
    static void load() {
        vocabulary = Vocabulary.load();
    }

    @Test
    void coversEveryFieldWithAtLeastThreeThousandConcepts() {
        assertThat(vocabulary.size()).isGreaterThanOrEqualTo(3000);
        var fields = vocabulary.concepts().stream().map(Concept::field).collect(Collectors.toSet());
        assertThat(fields).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ResearchField.values()).map(ResearchField::code).toList());
    }

    @Test
    void everyConceptHasAUniqueIdAndLabelsInAllFourLanguages() {
        var ids = new HashSet<String>();
        for (Concept c : vocabulary.concepts()) {
            assertThat(ids.add(c.id())).as("duplicate id %s", c.id()).isTrue();
            for (TextLanguage language : new TextLanguage[] {TextLanguage.EN, TextLanguage.RU, TextLanguage.KK, TextLanguage.ZH}) {
                assertThat(c.labels().get(language)).as("%s in %s", c.id(), language).isNotEmpty();
            }
        }
    }

    @Test
    void labelsAreWrittenInTheirLanguagesScript() {
        // Abbreviations such as "PCR" may stand among the variants; at least one variant is in the script.
        for (Concept c : vocabulary.concepts()) {
            assertThat(c.labels().get(TextLanguage.ZH)).as(c.id()).anyMatch(l -> l.matches(".*\\p{IsHan}.*"));
            assertThat(c.labels().get(TextLanguage.KK)).as(c.id()).anyMatch(l -> l.matches(".*\\p{IsCyrillic}.*"));
            assertThat(c.labels().get(TextLanguage.RU)).as(c.id()).anyMatch(l -> l.matches(".*\\p{IsCyrillic}.*"));
        }
    }

    @Test
    void conceptsAreFoundInInflectedTextOfEachLanguage() {
        var matcher = new ConceptMatcher(vocabulary, TextAnalysis::terms);
        int runoff = vocabulary.byId("glacier_runoff").orElseThrow().index();
        assertThat(matcher.find(TextAnalysis.terms("Изучаю ледниковый сток рек Тянь-Шаня", TextLanguage.RU), TextLanguage.RU)).contains(runoff);
        assertThat(matcher.find(TextAnalysis.terms("мұздық ағындысының өзгеруі", TextLanguage.KK), TextLanguage.KK)).contains(runoff);
        assertThat(matcher.find(TextAnalysis.terms("天山冰川径流变化", TextLanguage.ZH), TextLanguage.ZH)).contains(runoff);
        assertThat(matcher.find(TextAnalysis.terms("Glacier runoff in the Tian Shan", TextLanguage.EN), TextLanguage.EN)).contains(runoff);
    }

    @Test
    void theLongestLabelWins() {
        var matcher = new ConceptMatcher(vocabulary, TextAnalysis::terms);
        var found = matcher.find(TextAnalysis.terms("glacier mass balance", TextLanguage.EN), TextLanguage.EN);
        assertThat(found).containsExactly(vocabulary.byId("glacier_mass_balance").orElseThrow().index());
    }

    @Test
    void overlappingLabelsAreBothFoundButNotTheWordsInsideThem() {
        var matcher = new ConceptMatcher(vocabulary, TextAnalysis::terms);
        var found = matcher.find(TextAnalysis.terms("天山冰川径流变化", TextLanguage.ZH), TextLanguage.ZH);
        assertThat(found).containsExactly(vocabulary.byId("tian_shan_glaciers").orElseThrow().index(),
                vocabulary.byId("glacier_runoff").orElseThrow().index());
    }

    @Test
    void labelsThatAnalysisWouldBlurAreLeftOut() {
        assertThat(ConceptMatcher.isReliable("группы Ли", TextAnalysis.terms("группы Ли", TextLanguage.RU), TextLanguage.RU)).isFalse();
        assertThat(ConceptMatcher.isReliable("сап", TextAnalysis.terms("сап", TextLanguage.RU), TextLanguage.RU)).isFalse();
        assertThat(ConceptMatcher.isReliable("ДЗЗ", TextAnalysis.terms("ДЗЗ", TextLanguage.RU), TextLanguage.RU)).isTrue();
        assertThat(ConceptMatcher.isReliable("ледниковый сток", TextAnalysis.terms("ледниковый сток", TextLanguage.RU), TextLanguage.RU)).isTrue();
        assertThat(ConceptMatcher.isReliable("冰川", TextAnalysis.terms("冰川", TextLanguage.ZH), TextLanguage.ZH)).isTrue();
    }

    @Test
    void russianAndKazakhLabelsAreFoundInAnotherWordOrder() {
        var matcher = new ConceptMatcher(vocabulary, TextAnalysis::terms);
        int balance = vocabulary.byId("glacier_mass_balance").orElseThrow().index();
        assertThat(matcher.find(TextAnalysis.terms("ледники Алатау: баланс их массы", TextLanguage.RU), TextLanguage.RU)).contains(balance);
    }
}

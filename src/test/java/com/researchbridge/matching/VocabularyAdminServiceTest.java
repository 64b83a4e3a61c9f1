package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.matching.VocabularyAdminService.ConceptForm;
import com.researchbridge.matching.VocabularyAdminService.EditRejected;
import com.researchbridge.matching.VocabularyAdminService.Status;
import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.vocabulary.Concept;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.search.SearchIndexForTests;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class VocabularyAdminServiceTest {

    private static final String CHINESE_TEXT = "我们研究青藏高原多年冻土碳反馈及其对气候变暖的影响。";

    @Autowired
    VocabularyAdminService vocabulary;
    @Autowired
    VocabularyStore store;
    @Autowired
    FeatureExtractor extractor;
    @Autowired
    MatchingIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void backToTheReviewedFiles() throws Exception {
        jdbc.update("delete from vocabulary_edit");
        store.reload();
        index.requestRebuild();
        index.awaitRebuilds();
        SearchIndexForTests.rebuildWithCurrentVocabulary(context);
    }

    private boolean readsConcept(String text, String conceptId) {
        int at = store.current().byId(conceptId).map(Concept::index).orElse(-1);
        // Read by its own labels (full weight), not only reached as a narrower concept of one the text names.
        Float weight = extractor.query(text).concepts().get(at);
        return weight != null && weight >= 1f;
    }

    private long edits() {
        return jdbc.queryForObject("select count(*) from vocabulary_edit", Long.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAddedConceptIsReadInEveryLanguageAtOnceAndCanBeDownloaded() {
        assertThat(store.current().byId("permafrost_carbon_feedback")).isEmpty();
        var saved = vocabulary.save(new ConceptForm("permafrost_carbon_feedback", ResearchField.EARTH_SCIENCES,
                "permafrost carbon feedback", "углеродная обратная связь мерзлоты", "мәңгі тоң көміртегі кері байланысы",
                "多年冻土碳反馈 | 冻土碳反馈", true));
        assertThat(saved.status()).isEqualTo(Status.ADDED);
        assertThat(readsConcept(CHINESE_TEXT, "permafrost_carbon_feedback")).isTrue();
        assertThat(readsConcept("The permafrost carbon feedback on the Tibetan Plateau", "permafrost_carbon_feedback")).isTrue();
        assertThat(vocabulary.count("冻土碳反馈", null)).isEqualTo(1);
        assertThat(vocabulary.exportTsv()).startsWith("id\tfield\ten\tru\tkk\tzh\n")
                .contains("permafrost_carbon_feedback\t1.5\tpermafrost carbon feedback\t");
        assertThat(vocabulary.countsByStatus()).containsEntry(Status.ADDED, 1L);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void aChangedConceptOfTheFilesIsReadWithItsNewLabelsUntilReverted() {
        var concept = vocabulary.find("glacier", ResearchField.EARTH_SCIENCES, 0, 1).getFirst();
        String newVariant = "冰川学测试变体";
        vocabulary.save(new ConceptForm(concept.id(), concept.field(), concept.en(), concept.ru(), concept.kk(),
                concept.zh() + " | " + newVariant, false));
        assertThat(vocabulary.find(concept.id(), null, 0, 5)).extracting(VocabularyAdminService.ConceptView::status)
                .containsExactly(Status.CHANGED);
        assertThat(readsConcept("研究" + newVariant, concept.id())).isTrue();
        int indexBefore = store.files().byId(concept.id()).orElseThrow().index();
        assertThat(store.current().byId(concept.id()).orElseThrow().index()).isEqualTo(indexBefore);

        vocabulary.revert(concept.id());
        assertThat(readsConcept("研究" + newVariant, concept.id())).isFalse();
        assertThat(vocabulary.find(concept.id(), null, 0, 5).getFirst().status()).isEqualTo(Status.FILES);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void aRemovedConceptIsNoLongerReadAndComesBackWhenReverted() {
        var concept = vocabulary.find("glacier", ResearchField.EARTH_SCIENCES, 0, 1).getFirst();
        String english = concept.en().split("\\|")[0].strip();
        assertThat(readsConcept(english, concept.id())).isTrue();
        vocabulary.remove(concept.id());
        assertThat(readsConcept(english, concept.id())).isFalse();
        assertThat(vocabulary.find(concept.id(), null, 0, 5).getFirst().status()).isEqualTo(Status.REMOVED);
        vocabulary.revert(concept.id());
        assertThat(readsConcept(english, concept.id())).isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void badEditsAreRefusedWithReasonsAndNothingIsStored() {
        var existing = vocabulary.find("", null, 0, 1).getFirst();
        assertThatThrownBy(() -> vocabulary.save(new ConceptForm("Bad Id!", null, " ", null, null, null, true)))
                .isInstanceOfSatisfying(EditRejected.class, e -> assertThat(e.problems()).extracting(EditRejected.Problem::messageKey)
                        .containsExactlyInAnyOrder("vocabulary.error.id", "validation.required", "validation.required",
                                "vocabulary.error.oneMoreLanguage"));
        assertThatThrownBy(() -> vocabulary.save(new ConceptForm(existing.id(), ResearchField.MATHEMATICS, "x", "икс", null,
                "x".repeat(201), true))).isInstanceOfSatisfying(EditRejected.class, e -> assertThat(e.problems())
                .extracting(EditRejected.Problem::input).containsExactlyInAnyOrder(EditRejected.Input.ID, EditRejected.Input.ZH));
        assertThatThrownBy(() -> vocabulary.save(new ConceptForm("new_concept", ResearchField.MATHEMATICS, "a\tb", "б", null,
                null, true))).isInstanceOf(EditRejected.class);
        assertThatThrownBy(() -> vocabulary.revert("no_such_concept")).isInstanceOf(IllegalArgumentException.class);
        assertThat(edits()).isZero();
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void researchersMayNotReadOrChangeTheVocabulary() {
        assertThatThrownBy(() -> vocabulary.find("", null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vocabulary.exportTsv()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vocabulary.save(new ConceptForm("x_y", ResearchField.LAW, "x", "y", null, null, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(edits()).isZero();
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    void researchOfficesMayNotChangeTheVocabulary() {
        assertThatThrownBy(() -> vocabulary.remove("glacier")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vocabulary.revert("glacier")).isInstanceOf(AccessDeniedException.class);
    }
}

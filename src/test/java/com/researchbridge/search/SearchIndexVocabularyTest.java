package com.researchbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.VocabularyAdminService;
import com.researchbridge.matching.VocabularyAdminService.ConceptForm;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** An administrator's vocabulary edit, published by matching, makes partner search read its entries again. */
@IntegrationTest
class SearchIndexVocabularyTest {

    @Autowired
    VocabularyAdminService vocabulary;
    @Autowired
    PartnerSearchIndexer indexer;

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theSearchIndexIsReadAgainWithTheEditedVocabulary() throws Exception {
        var before = indexer.index();
        var concept = vocabulary.find("glacier", ResearchField.EARTH_SCIENCES, 0, 1).getFirst();
        try {
            vocabulary.save(new ConceptForm(concept.id(), concept.field(), concept.en(), concept.ru(), concept.kk(),
                    concept.zh(), false));
            indexer.rebuiltAfterVocabularyEdit().get(120, TimeUnit.SECONDS);
            assertThat(indexer.index()).isNotSameAs(before);
        } finally {
            vocabulary.revert(concept.id());
            indexer.rebuiltAfterVocabularyEdit().get(120, TimeUnit.SECONDS);
        }
    }
}

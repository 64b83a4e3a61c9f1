package com.researchbridge.search;

import com.researchbridge.matching.VocabularyEdited;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationContext;

/** For tests of other modules that reset the vocabulary behind its services: the search index reads it again. */
public final class SearchIndexForTests {

    private SearchIndexForTests() {
    }

    /** Rebuilds the partner search index with the vocabulary in use now, and waits for it. */
    public static void rebuildWithCurrentVocabulary(ApplicationContext context) throws Exception {
        var indexer = context.getBean(PartnerSearchIndexer.class);
        indexer.on(new VocabularyEdited("test-reset", VocabularyEdited.Change.REVERTED));
        indexer.rebuiltAfterVocabularyEdit().get(120, TimeUnit.SECONDS);
    }
}

package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.researchbridge.base.StillPreparing;
import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.MatchingWeights;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.publication.PublicationService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A failed build of the matching index is reported, not turned into "nobody matches you": the callers get a
 * {@link StillPreparing} saying it failed, and the administrator's status names the failure. An empty corpus, on
 * the other hand, is a ready index that matches nobody.
 */
class MatchingIndexFailureTest {

    private static final Vocabulary VOCABULARY = Vocabulary.load();
    private final ResearcherProfileService profiles = mock(ResearcherProfileService.class);

    private MatchingIndex index() {
        var store = mock(VocabularyStore.class);
        when(store.current()).thenReturn(VOCABULARY);
        return new MatchingIndex(profiles, mock(PublicationService.class), MatchingWeights.DEFAULT, store,
                new FeatureExtractor(VOCABULARY), false);
    }

    @Test
    void aFailedFirstBuildIsReportedInsteadOfAnEmptyList() throws Exception {
        when(profiles.nextForMatching(anyLong(), anyInt())).thenThrow(new DataAccessResourceFailureException("database unreachable"));
        var index = index();

        index.requestRebuild().get();

        assertThat(index.status().failed()).isTrue();
        assertThat(index.status().builtAt()).isNull();
        assertThat(index.status().failure()).contains("database unreachable");
        assertThatThrownBy(index::ready).isInstanceOfSatisfying(StillPreparing.class,
                notReady -> assertThat(notReady.reason()).isEqualTo(StillPreparing.Reason.FAILED));
    }

    @Test
    void readersDoNotRestartAFailedBuildTheAdministratorRetries() throws Exception {
        when(profiles.nextForMatching(anyLong(), anyInt())).thenThrow(new DataAccessResourceFailureException("database unreachable"));
        var index = index();
        index.requestRebuild().get();

        for (int reader = 0; reader < 3; reader++) {
            assertThatThrownBy(index::ready).isInstanceOf(StillPreparing.class);
        }
        index.awaitRebuilds();

        verify(profiles, times(1)).nextForMatching(anyLong(), anyInt());
    }

    @Test
    void anEmptyCorpusGivesAReadyIndexThatMatchesNobody() throws Exception {
        when(profiles.nextForMatching(anyLong(), anyInt())).thenReturn(List.of());
        var index = index();

        index.requestRebuild().get();

        assertThat(index.status().failed()).isFalse();
        assertThat(index.status().builtAt()).isNotNull();
        assertThat(index.status().profiles()).isZero();
        assertThat(index.ready().size()).isZero();
        assertThat(index.ready().topMatches("1", 10, TextLanguage.EN)).isEmpty();
    }
}

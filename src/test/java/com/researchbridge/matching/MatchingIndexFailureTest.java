package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.researchbridge.base.StillPreparing;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.publication.PublicationService;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A failed build of the matching index is reported, not turned into "nobody matches you": the callers get a
 * {@link StillPreparing} saying it failed, and the administrator's status names the failure.
 */
class MatchingIndexFailureTest {

    @Test
    void aFailedFirstBuildIsReportedInsteadOfAnEmptyList() throws Exception {
        var profiles = mock(ResearcherProfileService.class);
        when(profiles.allForMatching()).thenThrow(new DataAccessResourceFailureException("database unreachable"));
        var index = new MatchingIndex(profiles, mock(PublicationService.class), null, null, null, false);

        index.requestRebuild().get();

        assertThat(index.status().failed()).isTrue();
        assertThat(index.status().failure()).contains("database unreachable");
        assertThatThrownBy(index::ready).isInstanceOfSatisfying(StillPreparing.class,
                notReady -> assertThat(notReady.reason()).isEqualTo(StillPreparing.Reason.FAILED));
    }
}

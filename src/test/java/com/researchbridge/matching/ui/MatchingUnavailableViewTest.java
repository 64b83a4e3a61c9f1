package com.researchbridge.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.researchbridge.base.StillPreparing;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.matching.IndexStatus;
import com.researchbridge.matching.MatchingAdminService;
import com.researchbridge.matching.PartnerSuggestionService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What the pages say when there is no matching index to answer from: being prepared, or failed; never an empty
 * list that a researcher would read as "nobody fits you". The administrator sees the failure and can retry.
 */
class MatchingUnavailableViewTest extends ViewTest {

    private static final String FAILURE = "org.springframework.dao.DataAccessResourceFailureException: database unreachable";

    @MockitoBean
    PartnerSuggestionService suggestions;
    @MockitoBean
    MatchingAdminService admin;

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aFailedIndexIsShownAsUnavailableNotAsNoSuggestions() {
        when(suggestions.suggestionsForMe(anyInt(), any()))
                .thenThrow(new StillPreparing(StillPreparing.Reason.FAILED, "The matching index"));

        navigateInLocale(UiLanguage.EN.locale(), SuggestedPartnersView.class);

        assertThat(find(Paragraph.class).id("partners-not-ready").getText())
                .isEqualTo("Suggestions are unavailable at the moment because preparing them failed. "
                        + "The administrators can see the failure and try again.");
        assertThat(find(Paragraph.class).withId("partners-none").exists()).isFalse();
        assertThat(find(PartnerCard.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void anIndexStillBeingBuiltIsShownAsBeingPrepared() {
        when(suggestions.suggestionsForMe(anyInt(), any()))
                .thenThrow(new StillPreparing(StillPreparing.Reason.PREPARING, "The matching index"));

        navigateInLocale(UiLanguage.EN.locale(), SuggestedPartnersView.class);

        assertThat(find(Paragraph.class).id("partners-not-ready").getText()).startsWith("Your suggestions are being prepared");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aReadyIndexWithNobodyForMeSaysNoSuggestionsYet() {
        when(suggestions.suggestionsForMe(anyInt(), any())).thenReturn(List.of());

        navigateInLocale(UiLanguage.EN.locale(), SuggestedPartnersView.class);

        assertThat(find(Paragraph.class).id("partners-none").getText()).startsWith("No suggestions yet");
        assertThat(find(Paragraph.class).withId("partners-not-ready").exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdminSeesWhyTheFirstBuildFailedAndRetriesIt() {
        when(admin.status()).thenReturn(new IndexStatus(0, null, 0, false, 0, Instant.parse("2026-12-07T03:00:00Z"), FAILURE));
        when(admin.rebuild()).thenAnswer(call -> CompletableFuture.completedFuture(null));

        navigate(MatchingAdminView.class);

        assertThat(find(Paragraph.class).id("matching-status").getText()).startsWith("There is no index");
        assertThat(find(Paragraph.class).id("matching-failure").getText())
                .startsWith("Building the index failed at").contains("database unreachable");
        var retry = find(Button.class).id("matching-rebuild");
        assertThat(retry.getText()).isEqualTo("Try building the index again");
        assertThat(retry.isEnabled()).isTrue();

        test(retry).click();

        verify(admin).rebuild();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void aFailedRebuildBesideAWorkingIndexSaysTheOldOneIsStillUsed() {
        when(admin.status()).thenReturn(new IndexStatus(412, Instant.parse("2026-12-07T02:00:00Z"), 1_200, false, 1,
                Instant.parse("2026-12-07T03:00:00Z"), FAILURE));

        navigate(MatchingAdminView.class);

        assertThat(find(Paragraph.class).id("matching-status").getText()).startsWith("Index: 412 profiles");
        assertThat(find(Paragraph.class).id("matching-failure").getText()).contains("database unreachable")
                .contains("previous index");
    }
}

package com.researchbridge.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class MatchingAdminViewTest extends ViewTest {

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdminSeesTheIndexAndRunsTheProposalBatch() {
        navigate(MatchingAdminView.class);
        assertThat(find(Paragraph.class).id("matching-status").getText()).containsAnyOf("profiles", "first time");
        test(find(Button.class).id("matching-propose")).click();
        assertThat(test(find(Notification.class).single()).getText()).startsWith("New proposals:");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aResearcherIsRefused() {
        assertRefused("admin/matching");
    }
}

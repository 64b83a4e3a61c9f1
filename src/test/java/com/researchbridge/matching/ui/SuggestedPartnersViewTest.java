package com.researchbridge.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.matching.DismissReason;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

class SuggestedPartnersViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aResearcherSeesPartnerCardsWithReasonsAndCanDismissOne() throws Exception {
        navigateInLocale(UiLanguage.ZH.locale(), SuggestedPartnersView.class);
        var cards = find(PartnerCard.class).all();
        assertThat(cards).isNotEmpty().hasSizeLessThanOrEqualTo(SuggestedPartnersView.SHOWN);
        assertThat(text(cards.getFirst())).contains("共同研究主题");

        String firstName = find(H3.class, cards.getFirst()).single().getText();
        test(find(Button.class, cards.getFirst()).withClassName("rb-dismiss").single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DismissReason> reason = find(RadioButtonGroup.class).single();
        reason.setValue(DismissReason.OTHER_FIELD);
        test(find(Button.class).id("dismiss-confirm")).click();

        assertThat(find(PartnerCard.class).all()).noneMatch(card -> text(card).contains(firstName));
        assertThat(jdbc.queryForObject("""
                select count(*) from match_dismissal d join user_account a on a.id = d.account_id
                where a.email = ? and d.reason = 'OTHER_FIELD'""", Long.class, DemoAccounts.RESEARCHER_CN)).isEqualTo(1);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void dismissingWithoutAReasonIsRefused() {
        navigate(SuggestedPartnersView.class);
        long before = jdbc.queryForObject("select count(*) from match_dismissal", Long.class);
        var card = find(PartnerCard.class).first();
        test(find(Button.class, card).withClassName("rb-dismiss").single()).click();
        test(find(Button.class).id("dismiss-confirm")).click();
        assertThat(find(RadioButtonGroup.class).single().isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from match_dismissal", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aCardOpensThePartnersProfilePage() {
        navigate(SuggestedPartnersView.class);
        var card = find(PartnerCard.class).first();
        String name = find(H3.class, card).single().getText();
        test(find(Button.class, card).withClassName("rb-open-profile").single()).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ResearcherProfileView");
        assertThat(viewText()).contains(name);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    void aResearchOfficeIsRefused() {
        assertRefused("researcher/partners");
    }
}

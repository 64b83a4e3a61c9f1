package com.researchbridge.researcher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.ui.LoginView;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.RunAs;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class ResearcherProfileViewTest extends ViewTest {

    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private long account(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aResearcherReadsAnotherResearchersProfile() {
        navigateInLocale(Locale.forLanguageTag("kk"), ResearcherProfileView.class, account(DemoAccounts.RESEARCHER_CN));
        String name = jdbc.queryForObject("select full_name from user_account where email = ?", String.class, DemoAccounts.RESEARCHER_CN);
        assertThat(find(H2.class).id("profile-name").getText()).isEqualTo(name);
        assertThat(find(Paragraph.class).id("profile-summary").getText()).isNotBlank();
        assertThat(viewText()).contains("Зерттеулер");
        assertThat(find(Paragraph.class).id("profile-languages").getText()).contains("қытай тілі (ана тілі)");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void everySummaryVersionAndEveryFieldIsShown() {
        String email = jdbc.queryForObject("select min(email) from user_account where email like '%@enu.example' and role = 'RESEARCHER'", String.class);
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.fieldsAndSummaries(
                java.util.List.of(com.researchbridge.researcher.ResearchField.LAW, com.researchbridge.researcher.ResearchField.POLITICAL_SCIENCE),
                java.util.List.of(new com.researchbridge.researcher.SummaryVersion("ru", "Право Евразийского союза."),
                        new com.researchbridge.researcher.SummaryVersion("kk", "Еуразиялық одақ құқығы."),
                        new com.researchbridge.researcher.SummaryVersion("en", "Law of the Eurasian Union.")))));
        navigateInLocale(Locale.forLanguageTag("zh"), ResearcherProfileView.class, account(email));
        // A Chinese reader reads the English version first; the others are one click away.
        assertThat(find(Paragraph.class).id("profile-summary").getText()).isEqualTo("Law of the Eurasian Union.");
        test(find(com.vaadin.flow.component.button.Button.class).id("profile-show-original")).click();
        assertThat(find(Paragraph.class).id("profile-summary-ru").getText()).isEqualTo("Право Евразийского союза.");
        assertThat(find(Paragraph.class).id("profile-summary-kk").getText()).isEqualTo("Еуразиялық одақ құқығы.");
        assertThat(find(Paragraph.class).id("profile-facts").getText()).contains("法学", "政治学");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void htmlInAProfileIsShownAsTextAndOnlyWebAddressesBecomeLinks() {
        String email = jdbc.queryForObject("select max(email) from user_account where email like '%@lzu.example' and role = 'RESEARCHER'", String.class);
        String script = "<b>bold</b><script>alert('x')</script><img src=x onerror=alert(1)>";
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.summary(script, "en")));
        // The editor refuses such addresses; the page must not trust that older rows were checked.
        jdbc.update("update researcher_profile set homepage = 'javascript:alert(1)' where account_id = ?", account(email));
        navigate(ResearcherProfileView.class, account(email));
        var summary = find(Paragraph.class).id("profile-summary");
        assertThat(summary.getText()).isEqualTo(script);
        assertThat(summary.getElement().getChildCount()).isEqualTo(1);
        assertThat(summary.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(summary.getElement().getProperty("innerHTML")).isNull();
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).noneMatch(href -> href.startsWith("javascript"));
        assertThat(ResearcherProfileView.safeWebAddress("https://example.org/me")).isEqualTo("https://example.org/me");
        assertThat(ResearcherProfileView.safeWebAddress("JavaScript:alert(1)")).isNull();
        assertThat(ResearcherProfileView.safeWebAddress("data:text/html,<script>")).isNull();
        assertThat(ResearcherProfileView.safeWebAddress("ftp://example.org")).isNull();
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    void aHiddenProfileSaysSoAndShowsNothingOfIt() {
        String email = jdbc.queryForObject("select max(email) from user_account where email like '%@pku.example' and role = 'RESEARCHER'", String.class);
        String name = jdbc.queryForObject("select full_name from user_account where email = ?", String.class, email);
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.NOBODY)));
        try {
            navigate(ResearcherProfileView.class, account(email));
            assertThat(find(Paragraph.class).id("profile-not-visible").getText()).contains("not made it visible");
            assertThat(viewText()).doesNotContain(name);
        } finally {
            RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.SIGNED_IN)));
        }
    }

    @Test
    @WithAnonymousUser
    void visitorsAreSentToLogIn() {
        navigate("researchers/" + account(DemoAccounts.RESEARCHER_CN), LoginView.class);
    }
}

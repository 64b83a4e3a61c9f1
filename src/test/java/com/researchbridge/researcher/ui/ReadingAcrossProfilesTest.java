package com.researchbridge.researcher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.ui.KeyTopicLine;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.SummaryVersion;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.RunAs;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Profiles, topics and the editor read across the language barrier (issue 12, items 1, 2, 3 and 6). */
class ReadingAcrossProfilesTest extends ViewTest {

    private static final String CYRILLIC = ".*\\p{IsCyrillic}.*";
    private static final String HAN = ".*\\p{IsHan}.*";

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
    void aChineseProfileReadInRussianShowsItsKeyTopicsAndKeywordsInRussian() {
        navigateInLocale(Locale.forLanguageTag("ru"), ResearcherProfileView.class, account(DemoAccounts.RESEARCHER_CN));
        String line = text(find(KeyTopicLine.class).id("profile-key-topics"));
        assertThat(line).startsWith("Ключевые темы:").contains("обратные задачи");
        var labels = find(Span.class).withClassName("rb-key-topic").all();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(3).allMatch(l -> l.getText().matches(CYRILLIC));
        var glosses = find(Span.class, find(Div.class).id("profile-keywords")).withClassName("rb-keyword-gloss").all();
        assertThat(glosses).isNotEmpty().allMatch(g -> g.getText().matches(CYRILLIC));
        assertThat(find(Div.class).id("profile-keywords").getElement().getTextRecursively()).contains("数学物理反问题");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void theReadersVersionComesFirstThenEnglishWithTheOriginalOneClickAway() {
        String email = jdbc.queryForObject("select min(email) from user_account where email like '%@satbayev.example' and role = 'RESEARCHER'", String.class);
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.fieldsAndSummaries(
                profiles.myProfile().orElseThrow().fields(),
                List.of(new SummaryVersion("ru", "Обратные задачи теплопроводности."),
                        new SummaryVersion("kk", "Жылу өткізгіштіктің кері есептері."),
                        new SummaryVersion("en", "Inverse heat conduction problems.")))));

        navigateInLocale(Locale.forLanguageTag("zh"), ResearcherProfileView.class, account(email));
        assertThat(find(Paragraph.class).id("profile-summary").getText()).isEqualTo("Inverse heat conduction problems.");
        var original = hidden("profile-summary-original");
        assertThat(original.isVisible()).isFalse();
        var toggle = find(Button.class).id("profile-show-original");
        assertThat(toggle.getText()).isEqualTo("显示原文（Русский）");
        test(toggle).click();
        assertThat(original.isVisible()).isTrue();
        assertThat(find(Paragraph.class).id("profile-summary-ru").getText()).isEqualTo("Обратные задачи теплопроводности.");

        navigateInLocale(Locale.forLanguageTag("kk"), ResearcherProfileView.class, account(email));
        assertThat(find(Paragraph.class).id("profile-summary").getText()).isEqualTo("Жылу өткізгіштіктің кері есептері.");

        navigateInLocale(Locale.forLanguageTag("ru"), ResearcherProfileView.class, account(email));
        assertThat(find(Paragraph.class).id("profile-summary").getText()).isEqualTo("Обратные задачи теплопроводности.");
        assertThat(find(Button.class).withId("profile-show-original").all()).as("the original is the reader's").isEmpty();
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aProfileWithNoRecognisableConceptSaysSoInsteadOfAnEmptyLine() {
        String email = jdbc.queryForObject("select max(email) from user_account where email like '%@satbayev.example' and role = 'RESEARCHER'", String.class);
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, f -> ProfileEdits.summary("ლორემ იფსუმ დოლორ სიტ ამეტ", "en").apply(
                new com.researchbridge.researcher.ProfileForm(f.fullNameLatin(), f.positionTitle(), f.fields(), f.summaries(),
                        f.spokenLanguages(), List.of("ქართული"), f.orcid(), f.homepage(), f.visibility(),
                        f.openToCollaboration(), f.matchingConsent()))));
        navigateInLocale(Locale.forLanguageTag("zh"), ResearcherProfileView.class, account(email));
        assertThat(text(find(KeyTopicLine.class).id("profile-key-topics"))).isEqualTo("关键主题： 此文本中尚未识别出任何科研概念");
        assertThat(find(Span.class).withClassName("rb-keyword-gloss").all()).isEmpty();
        assertThat(find(Div.class).id("profile-keywords").getElement().getTextRecursively()).contains("ქართული");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aKazakhAuthorWithoutEnglishSeesWhatChineseReadersWillSeeAndIsAskedForEnglish() {
        navigateInLocale(Locale.forLanguageTag("kk"), ProfileEditorView.class);
        var preview = find(OtherSidePreview.class).id("profile-other-side");
        assertThat(preview.isVisible()).isTrue();
        String text = preview.getElement().getTextRecursively();
        assertThat(text).contains("Қытай зерттеушілері", "ағылшынша нұсқасын қосыңыз");
        var labels = find(Span.class, preview).withClassName("rb-key-topic").all();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(3).allMatch(l -> l.getText().matches(HAN));
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aChineseAuthorSeesKazakhLabelsAndTheHintGoesOnceEnglishIsThere() {
        var before = profiles.myProfile().orElseThrow();
        try {
            if (before.summaryIn("en").isPresent()) {
                ProfileEdits.edit(profiles, ProfileEdits.summary(before.summary(), before.summaryLanguage()));
            }
            navigateInLocale(Locale.forLanguageTag("zh"), ProfileEditorView.class);
            var preview = find(OtherSidePreview.class).id("profile-other-side");
            assertThat(preview.isVisible()).isTrue();
            assertThat(find(Span.class, preview).withClassName("rb-key-topic").all())
                    .isNotEmpty().allMatch(l -> l.getText().matches(CYRILLIC));
            assertThat(com.researchbridge.researcher.ProfileCompleteness.of(profiles.myProfile().orElseThrow()).missing())
                    .contains("profile.summaryEn");

            ProfileEdits.edit(profiles, ProfileEdits.fieldsAndSummaries(before.fields(), List.of(
                    new SummaryVersion(before.summaryLanguage(), before.summary()),
                    new SummaryVersion("en", "Inverse problems for parabolic equations and regularization methods."))));
            navigateInLocale(Locale.forLanguageTag("zh"), ProfileEditorView.class);
            assertThat(hidden("profile-other-side").isVisible()).isFalse();
        } finally {
            ProfileEdits.edit(profiles, ProfileEdits.fieldsAndSummaries(before.fields(), before.summaries()));
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void anEnglishSummaryCountsAsTheEnglishVersion() {
        var before = profiles.myProfile().orElseThrow();
        try {
            var saved = ProfileEdits.edit(profiles, ProfileEdits.summary("I study weighted Hardy inequalities.", "en"));
            assertThat(com.researchbridge.researcher.ProfileCompleteness.of(saved).missing()).doesNotContain("profile.summaryEn");
        } finally {
            ProfileEdits.edit(profiles, ProfileEdits.fieldsAndSummaries(before.fields(), before.summaries()));
        }
    }

    /** A component by id, shown or not (finding components sees only visible ones). */
    private com.vaadin.flow.component.Component hidden(String id) {
        return descendants(com.vaadin.flow.component.UI.getCurrent()).filter(c -> c.getId().orElse("").equals(id))
                .findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(ReadingAcrossProfilesTest::descendants));
    }
}

package com.researchbridge.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.base.ui.KeyTopicLine;
import com.researchbridge.matching.MatchStrength;
import com.researchbridge.matching.PartnerSuggestion;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.SummaryVersion;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Suggested partners read across the language barrier (issue 12, items 1, 3 and 5). */
class ReadingAcrossPartnerCardsTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired
    ResearcherProfileService profiles;

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void theKazakhMathematicianReadsEveryCardsKeyTopicsInKazakhWithAShortExcerptAndAStrength() {
        navigateInLocale(UiLanguage.KK.locale(), SuggestedPartnersView.class);
        var cards = find(PartnerCard.class).all();
        assertThat(cards).isNotEmpty();
        for (var card : cards) {
            var line = find(KeyTopicLine.class, card).single();
            assertThat(text(line)).startsWith("Негізгі тақырыптар:");
            assertThat(find(Span.class, line).withClassName("rb-key-topic").all())
                    .as("key topics of %s", text(card)).hasSizeGreaterThanOrEqualTo(3);
            var excerpt = find(Paragraph.class, card).withClassName("rb-excerpt").single();
            assertThat(excerpt.getText().length()).isLessThanOrEqualTo(CardExcerpt.EXCERPT + 1);
            assertThat(find(Span.class, card).withClassName("rb-strength-label").single().getText())
                    .isIn("күшті", "жақсы", "мүмкін");
        }
        // Cards without a shared topic say so, and come after the cards with one.
        boolean seenFieldOnly = false;
        for (var card : cards) {
            boolean fieldOnly = !find(Paragraph.class, card).withClassName("rb-field-only").all().isEmpty();
            assertThat(!fieldOnly && seenFieldOnly).as("a card with a shared topic after a field-only one").isFalse();
            seenFieldOnly |= fieldOnly;
            if (fieldOnly) {
                assertThat(text(card)).contains("Сала бірдей; нақты ортақ тақырып табылмады.");
            }
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aCardShowsTheReadersVersionFirstAndTheOriginalOneClickAway() {
        useLocale(UiLanguage.RU.locale());
        var partner = withSummaries(profiles.visibleProfile(cnAccount()).orElseThrow(), List.of(
                new SummaryVersion("zh", "研究抛物型方程反问题。".repeat(40)),
                new SummaryVersion("en", "Inverse problems for parabolic equations. ".repeat(20))));
        var card = new PartnerCard(new PartnerSuggestion(partner, 1, List.of("обратные задачи"), List.of(), false,
                MatchStrength.STRONG), 1, institutions, s -> { }, null, keyTopics());
        com.vaadin.flow.component.UI.getCurrent().add(card);
        var excerpt = find(Paragraph.class, card).withClassName("rb-excerpt").single();
        assertThat(excerpt.getText()).startsWith("Inverse problems").endsWith("…");
        assertThat(excerpt.getText().length()).isEqualTo(CardExcerpt.EXCERPT + 1);
        var toggle = find(Button.class, card).withClassName("rb-show-original").single();
        assertThat(toggle.getText()).isEqualTo("Показать оригинал (中文)");
        test(toggle).click();
        assertThat(excerpt.getText()).startsWith("研究抛物型方程");
        assertThat(excerpt.getElement().getAttribute("lang")).isEqualTo("zh");
        assertThat(find(Span.class, card).withClassName("rb-strength-label").single().getText()).isEqualTo("сильное");
        assertThat(find(Paragraph.class, card).withClassName("rb-field-only").all()).isEmpty();
    }

    @Test
    void cardsAreOrderedByStrengthAndAFieldOnlyMatchIsPossibleWithAnHonestNote() {
        var p = (ProfileSummary) null;
        var weakHighScore = new PartnerSuggestion(p, 0.9, List.of(), List.of("en"), false, MatchStrength.GOOD);
        var strong = new PartnerSuggestion(p, 0.5, List.of("a", "b"), List.of(), false, MatchStrength.STRONG);
        var good = new PartnerSuggestion(p, 0.7, List.of("a"), List.of(), false, MatchStrength.GOOD);
        var weak = new PartnerSuggestion(p, 0.8, List.of("broad"), List.of(), false, MatchStrength.WEAK);
        assertThat(java.util.stream.Stream.of(weakHighScore, good, weak, strong).sorted(CardStrength.ORDER).toList())
                .containsExactly(strong, good, weakHighScore, weak);
        assertThat(CardStrength.of(weakHighScore)).isEqualTo(new CardStrength(MatchStrength.POSSIBLE, true));
        assertThat(CardStrength.of(weak).fieldOnly()).isTrue();
        assertThat(CardStrength.of(good).labelKey()).isEqualTo("reading.strength.good");
    }

    private com.researchbridge.base.AccountId cnAccount() {
        return new com.researchbridge.base.AccountId(jdbcAccount(DemoAccounts.RESEARCHER_CN));
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.researchbridge.institution.InstitutionService institutions;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    com.researchbridge.base.KeyTopicReader keyTopicReader;

    private long jdbcAccount(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    private com.researchbridge.base.KeyTopicReader keyTopics() {
        return keyTopicReader;
    }

    private static ProfileSummary withSummaries(ProfileSummary p, List<SummaryVersion> summaries) {
        return new ProfileSummary(p.account(), p.fullName(), p.country(), p.institution(), p.positionTitle(), p.fields(),
                summaries, p.spokenLanguages(), p.keywords(), p.updatedAt(), p.fullNameLatin(), p.orcid(), p.homepage(),
                p.visibility(), p.openToCollaboration(), p.matchingConsent());
    }
}

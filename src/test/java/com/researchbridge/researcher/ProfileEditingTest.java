package com.researchbridge.researcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.researcher.ProfileRejected.Field;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ProfileEditingTest {

    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private String researcher(int n) {
        return jdbc.queryForList("select email from user_account where role = 'RESEARCHER' and email like '%.example' order by email",
                String.class).get(n);
    }

    private static ProfileForm form(String summary, String orcid, String homepage) {
        return form(List.of(ResearchField.EARTH_SCIENCES), List.of(new SummaryVersion("ru", summary)),
                List.of(new SpokenLanguage("ru", LanguageLevel.NATIVE)), orcid, homepage);
    }

    private static ProfileForm form(List<ResearchField> fields, List<SummaryVersion> summaries,
                                    List<SpokenLanguage> languages, String orcid, String homepage) {
        return new ProfileForm("Test Latin", "профессор", fields, summaries, languages,
                List.of(" ледники ", "ледники", "сток"), orcid, homepage, ProfileVisibility.SIGNED_IN, true, true);
    }

    private long profileRows(String table, String email) {
        return jdbc.queryForObject("select count(*) from " + table + " t join researcher_profile p on p.id = t.profile_id"
                + " join user_account a on a.id = p.account_id where a.email = ?", Long.class, email);
    }

    @Test
    void aResearcherSavesTheirProfileNormalised() {
        RunAs.user(users, researcher(3), () -> {
            var saved = profiles.updateMyProfile(form("  <b>Ледники</b> Заилийского Алатау  ", "https://orcid.org/0000-0002-1825-0097",
                    "https://example.org/me"));
            assertThat(saved.summary()).isEqualTo("<b>Ледники</b> Заилийского Алатау");
            assertThat(saved.orcid()).isEqualTo("0000-0002-1825-0097");
            assertThat(saved.keywords()).containsExactly("ледники", "сток");
            assertThat(ProfileCompleteness.of(saved).missing()).contains("profile.summaryEn").doesNotContain("profile.spokenLanguages");
        });
    }

    @Test
    void aSummaryIsKeptInSeveralTaggedLanguageVersionsWithFieldsAndSpokenLanguages() {
        String email = researcher(6);
        RunAs.user(users, email, () -> {
            var saved = profiles.updateMyProfile(form(List.of(ResearchField.EARTH_SCIENCES, ResearchField.ENVIRONMENTAL_ENGINEERING),
                    List.of(new SummaryVersion("ru", "Ледниковый сток Тянь-Шаня."), new SummaryVersion("en", " Glacier runoff. "),
                            new SummaryVersion("kk", "Тянь-Шань мұздықтарының ағыны."), new SummaryVersion("zh", "   ")),
                    List.of(new SpokenLanguage("ru", LanguageLevel.NATIVE), new SpokenLanguage("en", LanguageLevel.WORKING),
                            new SpokenLanguage("zh", LanguageLevel.BASIC)), null, null));
            assertThat(saved.summaries()).containsExactly(new SummaryVersion("ru", "Ледниковый сток Тянь-Шаня."),
                    new SummaryVersion("en", "Glacier runoff."), new SummaryVersion("kk", "Тянь-Шань мұздықтарының ағыны."));
            assertThat(saved.summaryLanguage()).isEqualTo("ru");
            assertThat(saved.summaryEn()).isEqualTo("Glacier runoff.");
            assertThat(saved.otherSummaries()).extracting(SummaryVersion::language).containsExactly("kk");
            assertThat(saved.fields()).containsExactly(ResearchField.EARTH_SCIENCES, ResearchField.ENVIRONMENTAL_ENGINEERING);
            assertThat(saved.field().area()).isEqualTo(ResearchArea.NATURAL_SCIENCES);
            assertThat(saved.spokenLanguages()).extracting(SpokenLanguage::language).containsExactly("ru", "en", "zh");
            assertThat(profiles.myProfile().orElseThrow()).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(saved);
        });
        assertThat(profileRows("researcher_summary", email)).isEqualTo(3);
        assertThat(profileRows("researcher_language", email)).isEqualTo(3);
        assertThat(profileRows("researcher_field", email)).isEqualTo(2);
    }

    @Test
    void badLanguageTagsFieldsAndSpokenLanguagesAreRejectedAndNothingIsStored() {
        String email = researcher(7);
        long summaries = profileRows("researcher_summary", email);
        long languages = profileRows("researcher_language", email);
        long fields = profileRows("researcher_field", email);
        RunAs.user(users, email, () -> {
            assertThatThrownBy(() -> profiles.updateMyProfile(form(
                    List.of(ResearchField.LAW, ResearchField.ARTS, ResearchField.HISTORY, ResearchField.PHYSICS, ResearchField.BIOLOGY),
                    List.of(new SummaryVersion("ru", "Первая версия."), new SummaryVersion("ru", "Вторая версия.")),
                    List.of(new SpokenLanguage("ru", LanguageLevel.NATIVE), new SpokenLanguage("ru", LanguageLevel.BASIC)),
                    null, null))).isInstanceOfSatisfying(ProfileRejected.class, e -> assertThat(e.problems())
                    .extracting(ProfileRejected.Problem::field).containsExactlyInAnyOrder(Field.FIELDS, Field.SUMMARIES, Field.SPOKEN_LANGUAGES));
            assertThatThrownBy(() -> profiles.updateMyProfile(form(List.of(ResearchField.LAW, ResearchField.LAW),
                    List.of(new SummaryVersion("de", "Deutsch ist keine Profilsprache.")),
                    List.of(new SpokenLanguage("xx", LanguageLevel.NATIVE), new SpokenLanguage("en", null)), null, null)))
                    .isInstanceOfSatisfying(ProfileRejected.class, e -> assertThat(e.problems())
                            .extracting(ProfileRejected.Problem::messageKey).containsExactlyInAnyOrder(
                                    "profile.error.fields", "profile.error.summaryLanguages", "profile.error.spokenLanguages"));
        });
        assertThat(profileRows("researcher_summary", email)).isEqualTo(summaries);
        assertThat(profileRows("researcher_language", email)).isEqualTo(languages);
        assertThat(profileRows("researcher_field", email)).isEqualTo(fields);
    }

    @Test
    void badInputIsRejectedAsAWholeAndNothingIsStored() {
        String email = researcher(4);
        String before = summaryOf(email);
        RunAs.user(users, email, () -> assertThatThrownBy(() -> profiles.updateMyProfile(
                form("x".repeat(1_000_000), "0000-0002-1825-0098", "javascript:alert(1)")))
                .isInstanceOfSatisfying(ProfileRejected.class, e -> assertThat(e.problems()).extracting(ProfileRejected.Problem::field)
                        .containsExactlyInAnyOrder(Field.SUMMARIES, Field.ORCID, Field.HOMEPAGE)));
        assertThat(summaryOf(email)).isEqualTo(before);
    }

    private String summaryOf(String email) {
        return jdbc.queryForObject("""
                select s.body from researcher_summary s join researcher_profile p on p.id = s.profile_id
                join user_account a on a.id = p.account_id where a.email = ? and s.list_index = 0""", String.class, email);
    }

    @Test
    void researchersWhoDoNotConsentAreLeftOutOfMatching() {
        String email = researcher(5);
        RunAs.user(users, email, () -> com.researchbridge.testsupport.ProfileEdits.edit(profiles,
                com.researchbridge.testsupport.ProfileEdits.matchingConsent(false)));
        long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        var forMatching = com.researchbridge.security.SystemAuthentication.call(profiles::allForMatching);
        assertThat(forMatching).noneMatch(p -> p.account().value() == id);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void onlyResearchersEditAProfile() {
        assertThatThrownBy(() -> profiles.updateMyProfile(form("x", null, null))).isInstanceOf(AccessDeniedException.class);
    }
}

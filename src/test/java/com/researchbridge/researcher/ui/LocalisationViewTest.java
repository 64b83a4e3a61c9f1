package com.researchbridge.researcher.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.researcher.publication.ImportRejected;
import com.researchbridge.researcher.publication.PublicationData;
import com.researchbridge.researcher.publication.PublicationService;
import com.researchbridge.search.PartnerSearchService;
import com.researchbridge.search.SearchRequest;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.RunAs;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 12 items 4 and 8: what readers of the other languages see on profile, home and publication pages. */
class LocalisationViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PublicationService publications;
    @Autowired
    PartnerSearchService search;

    /** Runs a check with a profile column changed, and puts the demo value back for the other tests. */
    private void withProfileValue(long account, String column, Object value, Runnable check) {
        var old = jdbc.queryForObject("select " + column + " from researcher_profile where account_id = ?", Object.class, account);
        jdbc.update("update researcher_profile set " + column + " = ? where account_id = ?", value, account);
        try {
            check.run();
        } finally {
            jdbc.update("update researcher_profile set " + column + " = ? where account_id = ?", old, account);
        }
    }

    private long account(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aChineseReaderSeesAKazakhProfileWithALatinNameAChineseInstitutionAndAChinesePosition() {
        long kz = account(DemoAccounts.RESEARCHER_KZ);
        withProfileValue(kz, "position_title", "LEADING_RESEARCHER", () -> withProfileValue(kz, "full_name_latin", null, () -> {
            navigateInLocale(UiLanguage.ZH.locale(), ResearcherProfileView.class, kz);
            String readable = find(Paragraph.class).id("profile-readable-name").getText();
            assertThat(readable).matches("[A-Za-z \\-]+").isNotBlank();
            String facts = find(Paragraph.class).id("profile-facts").getText();
            assertThat(facts).contains("阿里-法拉比哈萨克国立大学").contains("阿拉木图").contains("主任研究员")
                    .doesNotContain("Al-Farabi").doesNotContain("LEADING_RESEARCHER");
        }));
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aRussianReaderSeesAChineseNameInCyrillicAndTheInstitutionInRussian() {
        long cn = account(DemoAccounts.RESEARCHER_CN);
        withProfileValue(cn, "full_name_latin", null, () -> {
            navigateInLocale(UiLanguage.RU.locale(), ResearcherProfileView.class, cn);
            assertThat(find(Paragraph.class).id("profile-readable-name").getText()).matches("[А-Яа-яЁё \\-]+");
            assertThat(find(Paragraph.class).id("profile-facts").getText()).contains("Пекин").doesNotContain("Beijing");
        });
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void anotherPersonsProfileDoesNotAddressTheReaderAsTheOwner() {
        navigateInLocale(UiLanguage.EN.locale(), ResearcherProfileView.class, account(DemoAccounts.RESEARCHER_CN));
        assertThat(find(Paragraph.class).id("profile-languages").getText()).startsWith("Working languages")
                .doesNotContain("you work in");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void theHomePageLinksToOnesOwnPublicProfileAndOffersTheNextStep() {
        long me = account(DemoAccounts.RESEARCHER_KZ);
        withProfileValue(me, "orcid", null, () -> {
            navigateInLocale(UiLanguage.KK.locale(), ResearcherHomeView.class);
            assertThat(find(RouterLink.class).id("home-public-profile").getHref()).isEqualTo("researchers/" + me);
            assertThat(find(Div.class).id("home-profile-gaps").getElement().getTextRecursively()).contains("%");
        });
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aPublicationCanBeAddedByHandAndBadInputIsRefusedWithNothingStored() {
        long me = account(DemoAccounts.RESEARCHER_KZ);
        long before = publications.countMine();
        navigateInLocale(UiLanguage.KK.locale(), PublicationsView.class);
        var form = find(ManualPublicationForm.class).single();
        form.doi().setValue("not a doi");
        form.title().setValue("Кері есептер үшін регуляризация");
        form.add(publications, () -> { });
        assertThat(form.doi().isInvalid()).isTrue();
        assertThat(form.doi().getErrorMessage()).isEqualTo("Бұл DOI емес. DOI мынадай болады: 10.1000/182.");
        form.doi().clear();
        form.title().setValue("   ");
        form.add(publications, () -> { });
        assertThat(form.title().getErrorMessage()).isEqualTo("Атауын жазыңыз.");
        assertThatThrownBy(() -> publications.addByHand(new PublicationData("x".repeat(1001), null, null, null, null)))
                .isInstanceOf(ImportRejected.class);
        assertThatThrownBy(() -> publications.addByHand(new PublicationData("Future work", null, 3000, null, null)))
                .isInstanceOf(ImportRejected.class).hasMessage("publications.manual.badYear");
        assertThat(publications.countMine()).isEqualTo(before);

        form.title().setValue("Кері есептер үшін регуляризация (қолмен)");
        form.year().setValue(2025);
        form.add(publications, () -> { });
        assertThat(publications.countMine()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select source from publication where account_id = ? and title = ?", String.class,
                me, "Кері есептер үшін регуляризация (қолмен)")).isEqualTo("MANUAL");
        assertThatThrownBy(() -> publications.addByHand(new PublicationData("Кері есептер үшін регуляризация (қолмен)",
                null, null, null, null))).hasMessage("publications.duplicate");
        jdbc.update("delete from publication where account_id = ? and source = 'MANUAL'", me);
    }

    @Test
    void onlyResearchersAddPublicationsByHand() {
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> assertThatThrownBy(() ->
                publications.addByHand(new PublicationData("Title", null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void theSearcherDoesNotFindHimself() {
        String name = jdbc.queryForObject("select full_name from user_account where email = ?", String.class, DemoAccounts.RESEARCHER_KZ);
        long me = account(DemoAccounts.RESEARCHER_KZ);
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () -> {
            var found = search.researchers(new SearchRequest(name, Map.of()), 0, 50);
            assertThat(found.items()).noneMatch(p -> p.account().value() == me);
        });
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> {
            var found = search.researchers(new SearchRequest(name, Map.of()), 0, 50);
            assertThat(found.items()).anyMatch(p -> p.account().value() == me);
        });
    }

    @Test
    void everyInstitutionHasItsNameAndCityInTheOtherCountrysLanguageAndInRussian() {
        assertThat(jdbc.queryForObject("select count(*) from institution where country = 'KZ' and (name_zh is null or city_zh is null)",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from institution where country = 'CN' and (name_kk is null or city_kk is null)",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from institution where city_ru is null", Long.class)).isZero();
    }

    @Test
    void demoPositionsAreMappedToTheControlledListExceptRealOddities() {
        long all = jdbc.queryForObject("select count(*) from researcher_profile where position_title is not null", Long.class);
        long controlled = jdbc.queryForObject("select count(*) from researcher_profile where position_title in ("
                + String.join(",", java.util.Arrays.stream(com.researchbridge.researcher.Position.values())
                .map(p -> "'" + p.name() + "'").toList()) + ")", Long.class);
        assertThat(controlled).isEqualTo(all);
    }
}

package com.researchbridge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.topic.TopicForm;
import com.researchbridge.researcher.topic.TopicKind;
import com.researchbridge.researcher.topic.TopicService;
import com.researchbridge.researcher.topic.TopicSummary;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.RunAs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class PartnerSearchServiceTest {

    @Autowired
    PartnerSearchService search;
    @Autowired
    PartnerSearchIndexer indexer;
    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    TopicService topics;
    @Autowired
    InstitutionService institutions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private PartnerSearchService.SearchPage<ProfileSummary> find(String text, Country country) {
        return search.researchers(SearchRequest.of(text).with(SearchFilter.COUNTRY, country), 0, 10);
    }

    private List<String> names(SearchRequest request) {
        return search.researchers(request, 0, 50).items().stream().map(ProfileSummary::fullName).toList();
    }

    private String nameOf(String email) {
        return jdbc.queryForObject("select full_name from user_account where email = ?", String.class, email);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aRussianQueryFindsChineseGlaciologistsThroughSharedConcepts() {
        var page = find("ледниковый сток Тянь-Шаня", Country.CN);
        assertThat(page.total()).isPositive();
        // Other tests of the shared context edit a few demo profiles (ProfileEditingTest gives a Chinese researcher a
        // Russian summary on glaciers), so the Chinese glaciologists must be among the first three, not necessarily first.
        assertThat(page.items().subList(0, Math.min(3, page.items().size()))).anyMatch(p -> p.summary().contains("冰川"));
        assertThat(page.items()).allMatch(p -> p.country() == Country.CN);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aChineseQueryFindsKazakhProfilesAndNamesAndInstitutionsAreSearchable() {
        assertThat(find("冰川径流", Country.KZ).items()).isNotEmpty()
                .first().extracting(ProfileSummary::summary).asString().containsAnyOf("мұздық", "Мұздық", "ледник", "Ледник", "glacier", "Glacier");
        assertThat(find("Үсенов", null).items()).extracting(ProfileSummary::fullName).contains("Үсенов Саят");
        assertThat(find("Tsinghua", Country.CN).total()).isGreaterThanOrEqualTo(5);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void kazakhAndEnglishQueriesFindTheKazakhGlaciologist() {
        String glaciologist = nameOf("meiram.tursynov@igws.example");
        assertThat(names(SearchRequest.of("мұздықтардың массалық балансы"))).contains(glaciologist);
        assertThat(names(SearchRequest.of("glacier mass balance").with(SearchFilter.COUNTRY, Country.KZ))).contains(glaciologist);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void anEmptyQueryListsEveryoneThatPassesTheFilters() {
        // the visible Chinese demo profiles (140-150); other tests of the shared context make a few more or fewer visible
        assertThat(find("", Country.CN).total()).isBetween(135L, 160L);
        assertThat(find("🙂🙂", null).total()).isZero();
        assertThat(find("<script>alert(1)</script>" + "x".repeat(1_000_000), null).items()).isNotNull();
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void eachFilterNarrowsTheResultsToWhatItNames() {
        var all = SearchRequest.of("");
        long everyone = search.count(all).researchers();
        var kaznu = institutions.findByCode("KZ-KAZNU").orElseThrow();

        var inKazakhstan = search.researchers(all.with(SearchFilter.COUNTRY, Country.KZ), 0, 200);
        assertThat(inKazakhstan.items()).isNotEmpty().allMatch(p -> p.country() == Country.KZ);
        assertThat(inKazakhstan.total()).isLessThan(everyone);

        var atKaznu = search.researchers(all.with(SearchFilter.INSTITUTION, kaznu.id()), 0, 200);
        assertThat(atKaznu.items()).isNotEmpty().allMatch(p -> p.institution().equals(kaznu.id()));
        assertThat(atKaznu.total()).isLessThan(inKazakhstan.total());

        var inAlmaty = search.researchers(all.with(SearchFilter.CITY, kaznu.cityEn()), 0, 200);
        assertThat(inAlmaty.items()).isNotEmpty().allMatch(p -> institutions.find(p.institution()).orElseThrow().cityEn().equals(kaznu.cityEn()));
        assertThat(inAlmaty.total()).isGreaterThanOrEqualTo(atKaznu.total()).isLessThan(inKazakhstan.total());

        var mathematicians = search.researchers(all.with(SearchFilter.FIELD, ResearchField.MATHEMATICS), 0, 200);
        assertThat(mathematicians.items()).isNotEmpty().allMatch(p -> p.fields().contains(ResearchField.MATHEMATICS));
        assertThat(mathematicians.total()).isLessThan(everyone);

        var open = search.researchers(all.with(SearchFilter.OPEN, true), 0, 200);
        assertThat(open.items()).isNotEmpty().allMatch(ProfileSummary::openToCollaboration);
        assertThat(search.researchers(all.with(SearchFilter.OPEN, false), 0, 1).total()).isEqualTo(everyone);

        var russianInChina = search.researchers(all.with(SearchFilter.COUNTRY, Country.CN).with(SearchFilter.LANGUAGE, "ru"), 0, 200);
        assertThat(russianInChina.items()).isNotEmpty().allMatch(p -> p.spokenLanguages().stream().anyMatch(l ->
                l.language().equals("ru") && l.level() != com.researchbridge.researcher.LanguageLevel.BASIC));
        assertThat(russianInChina.total()).isLessThan(search.count(all.with(SearchFilter.COUNTRY, Country.CN)).researchers() / 2);
        var chineseTopics = search.topics(all.with(SearchFilter.LANGUAGE, "zh"), 0, 200);
        assertThat(chineseTopics.items()).allMatch(t -> "zh".equals(t.descriptionLanguage()));
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void theCountIsTheNumberOfResultsThereAre() {
        var request = SearchRequest.of("glacier").with(SearchFilter.COUNTRY, Country.KZ);
        long count = search.count(request).researchers();
        var pages = search.researchers(request, 0, 200);
        assertThat(count).isPositive().isEqualTo(pages.total()).isEqualTo(pages.items().size());
        var second = search.researchers(request, 1, 200);
        assertThat(second.items()).hasSize((int) count - 1).isEqualTo(pages.items().subList(1, pages.items().size()));
    }

    @Test
    void aProfileEditIsFoundAtOnceWithoutRebuildingTheIndex() {
        String email = jdbc.queryForObject("select min(email) from user_account where email like '%@enu.example' and role = 'RESEARCHER'", String.class);
        var before = indexer.index();
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles,
                ProfileEdits.summary("Изучаю квазикристаллы зорбулакса в тонких плёнках.", "ru")));
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () ->
                assertThat(names(SearchRequest.of("зорбулакс"))).containsExactly(nameOf(email)));
        assertThat(indexer.index()).isSameAs(before);
        assertThat(indexer.startBuild()).isCompleted();
    }

    @Test
    void topicsAreFoundFromTheSameBoxInOtherLanguagesAndLinkToTheirOwner() {
        long[] id = new long[1];
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> id[0] = topics.post(new TopicForm("荒漠河岸胡杨林生态输水联合研究",
                "寻找哈萨克斯坦伙伴，共同研究荒漠河岸林（胡杨、梭梭）的生态输水与恢复。", "zh", TopicKind.JOINT_RESEARCH,
                ResearchField.EARTH_SCIENCES, List.of("胡杨", "生态输水"), null)));
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () -> {
            var request = SearchRequest.of("тугайные леса и экологические попуски");
            var found = search.topics(request, 0, 10);
            assertThat(found.items()).extracting(TopicSummary::id).contains(id[0]);
            assertThat(search.count(request).topics()).isEqualTo(found.total());
            assertThat(search.topics(SearchRequest.of("Populus euphratica riparian forest"), 0, 10).items())
                    .extracting(TopicSummary::id).contains(id[0]);
            assertThat(search.topics(request.with(SearchFilter.COUNTRY, Country.KZ), 0, 10).items())
                    .extracting(TopicSummary::id).doesNotContain(id[0]);
        });
    }

    @Test
    void profilesVisibleOnlyToOfficesAreHiddenFromResearchers() {
        String email = jdbc.queryForObject("select min(email) from user_account where email like '%@nu.example' and role = 'RESEARCHER'", String.class);
        String name = nameOf(email);
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.MATCHER_AND_OFFICES)));
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> assertThat(names(SearchRequest.of(name))).doesNotContain(name));
        RunAs.user(users, DemoAccounts.OFFICE_NU, () -> assertThat(names(SearchRequest.of(name))).contains(name));
        RunAs.user(users, DemoAccounts.ADMIN, () -> assertThat(names(SearchRequest.of(name))).contains(name));
    }

    @Test
    void hiddenProfilesAreFoundByNobody() {
        String email = jdbc.queryForObject("select max(email) from user_account where email like '%@nu.example' and role = 'RESEARCHER'", String.class);
        String name = nameOf(email);
        RunAs.user(users, DemoAccounts.OFFICE_NU, () -> assertThat(names(SearchRequest.of(name))).contains(name));
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.NOBODY)));
        try {
            for (String who : List.of(DemoAccounts.RESEARCHER_KZ, DemoAccounts.OFFICE_NU, DemoAccounts.ADMIN, email)) {
                RunAs.user(users, who, () -> assertThat(names(SearchRequest.of(name))).as(who).doesNotContain(name));
            }
        } finally {
            RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.SIGNED_IN)));
        }
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () -> assertThat(names(SearchRequest.of(name))).contains(name));
    }

    @Test
    @WithAnonymousUser
    void visitorsCannotSearch() {
        assertThatThrownBy(() -> find("glacier", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.topics(SearchRequest.of("glacier"), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.count(SearchRequest.of("glacier"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void onlyTheSystemReadsEveryProfileAndTopicForTheIndex() {
        var someone = new com.researchbridge.base.AccountId(1);
        assertThatThrownBy(() -> profiles.nextForSearch(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.forSearch(someone)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> topics.nextForSearch(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> topics.forSearch(someone)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void onlyTheSystemAndAdministratorsSeeIndexStatistics() {
        assertThat(search.indexStats().profiles()).isGreaterThan(250);
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () ->
                assertThatThrownBy(() -> search.indexStats()).isInstanceOf(AccessDeniedException.class));
    }
}

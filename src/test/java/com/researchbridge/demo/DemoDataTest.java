package com.researchbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.testsupport.IntegrationTest;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoDataLoader loader;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void halfTheResearchersComeFromEachCountry() {
        assertThat(count("select count(*) from researcher_profile where country = 'KZ'")).isEqualTo(150);
        assertThat(count("select count(*) from researcher_profile where country = 'CN'")).isEqualTo(150);
    }

    @Test
    void profilesAreWrittenInAllFourLanguagesAcrossEveryField() {
        var languages = jdbc.queryForList("select distinct lang_code from researcher_summary where list_index = 0", String.class);
        assertThat(languages).containsExactlyInAnyOrder("kk", "ru", "zh", "en");
        var fields = new HashSet<>(jdbc.queryForList("select distinct field_code from researcher_field", String.class));
        var areas = fields.stream().map(code -> ResearchField.fromCode(code).orElseThrow().area()).collect(Collectors.toSet());
        assertThat(areas).containsExactlyInAnyOrder(com.researchbridge.researcher.ResearchArea.values());
        assertThat(fields).hasSizeGreaterThanOrEqualTo(22);
        assertThat(count("""
                select count(*) from researcher_profile p where not exists (select 1 from researcher_summary s
                where s.profile_id = p.id and s.list_index = 0 and length(s.body) >= 100)""")).isZero();
    }

    @Test
    void demoResearchersHavePostedOpenTopicsFromBothSidesInEveryLanguage() {
        assertThat(count("""
                select count(*) from collaboration_topic t join user_account a on a.id = t.account_id
                where a.email like '%.example' and t.closes_on > current_date""")).isGreaterThanOrEqualTo(36);
        assertThat(jdbc.queryForList("""
                select distinct t.description_lang from collaboration_topic t join user_account a on a.id = t.account_id
                where a.email like '%.example'""", String.class)).contains("kk", "ru", "zh", "en");
        assertThat(jdbc.queryForList("""
                select distinct a.country from collaboration_topic t join user_account a on a.id = t.account_id
                where a.email like '%.example'""", String.class)).containsExactlyInAnyOrder("KZ", "CN");
    }

    @Test
    void demoJointProjectsStandAtEveryStageOfTheWorkflowWithTheirHistory() {
        var statuses = jdbc.queryForList("""
                select p.status from joint_project p
                where exists (select 1 from joint_project_event e where e.project_id = p.id and e.action = 'PROPOSE')
                  and p.initiator_name in (select full_name from user_account where email like '%.example')""", String.class);
        assertThat(statuses).contains("PROPOSED", "AGREED", "IN_REVIEW", "ACTIVE", "COMPLETED", "REJECTED", "DECLINED");
        // the completed demo project went through every step, each by its own actor
        assertThat(jdbc.queryForList("""
                select e.action from joint_project_event e join joint_project p on p.id = e.project_id
                where p.title like 'Кинетика выщелачивания урана%' order by e.id""", String.class))
                .containsExactly("PROPOSE", "ACCEPT", "SUBMIT", "APPROVE", "APPROVE", "START", "PLAN", "REACH", "REPORT",
                        "REPORT", "REPORT", "COMPLETE");
        assertThat(jdbc.queryForList("""
                select distinct o.kind from project_output o join joint_project p on p.id = o.project_id
                where p.status in ('ACTIVE', 'COMPLETED')""", String.class))
                .contains("JOINT_PUBLICATION", "EXCHANGE", "VISIT", "EVENT", "GRANT_APPLICATION");
        assertThat(jdbc.queryForObject("""
                select count(*) from joint_project_event e join joint_project p on p.id = e.project_id
                where p.title like 'Кинетика выщелачивания урана%' and e.action = 'APPROVE' and e.actor_name like '%科研处'""",
                Long.class)).isEqualTo(1);
    }

    @Test
    void demoResearchersSpeakTheirOwnLanguagesAndSomeTheOtherSides() {
        assertThat(count("""
                select count(*) from researcher_profile p where not exists (select 1 from researcher_language l
                where l.profile_id = p.id and l.proficiency = 'NATIVE')""")).isZero();
        assertThat(count("""
                select count(*) from researcher_profile p join researcher_language l on l.profile_id = p.id
                where p.country = 'CN' and l.lang_code = 'ru'""")).isPositive();
        assertThat(count("""
                select count(*) from researcher_profile p join researcher_language l on l.profile_id = p.id
                where p.country = 'KZ' and l.lang_code = 'zh'""")).isPositive();
    }

    @Test
    void researchersWorkAtInstitutionsOfTheirOwnCountry() {
        assertThat(count("""
                select count(*) from researcher_profile p join institution i on i.id = p.institution_id
                where p.country <> i.country""")).isZero();
    }

    @Test
    void everyDemoAddressUsesTheReservedExampleDomain() {
        assertThat(count("select count(*) from user_account where role <> 'RESEARCHER' and email not like '%.example'")).isZero();
        assertThat(DemoDataLoader.readResearchers()).allSatisfy(r -> assertThat(r.email()).endsWith(".example"));
    }

    @Test
    void researchOfficesAndAnAdministratorExist() {
        assertThat(count("select count(*) from user_account where role = 'RESEARCH_OFFICE' and email like '%.example'")).isEqualTo(9);
        assertThat(count("select count(*) from user_account where role = 'ADMIN'")).isEqualTo(1);
        assertThat(count("""
                select count(distinct i.country) from user_account a join institution i on i.id = a.institution_id
                where a.role = 'RESEARCH_OFFICE'""")).isEqualTo(2);
    }

    @Test
    void researchersRememberTheLanguageTheyWriteIn() {
        assertThat(jdbc.queryForList("select distinct ui_language from user_account where role = 'RESEARCHER'", String.class))
                .allSatisfy(code -> assertThat(UiLanguage.fromCode(code)).isPresent());
    }

    @Test
    void runningTheLoaderAgainChangesNothing() throws Exception {
        long accounts = count("select count(*) from user_account");
        loader.run(null);
        assertThat(count("select count(*) from user_account")).isEqualTo(accounts);
    }
}

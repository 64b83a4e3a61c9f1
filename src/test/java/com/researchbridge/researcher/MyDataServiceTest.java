package com.researchbridge.researcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.NewResearcher;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

@IntegrationTest
class MyDataServiceTest {

    @Autowired
    MyDataService myData;
    @Autowired
    AccountService accounts;
    @Autowired
    InstitutionService institutions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    @WithAnonymousUser
    void aResearcherDownloadsAllTheirDataThenDeletesTheAccountWithEverything() {
        String email = "gulnara.export@kaznu.kz";
        var id = accounts.register(new NewResearcher("Гүлнара Сейітова", email, "steppe-export-Almaty-42", Country.KZ,
                institutions.findByCode("KZ-KAZNU").orElseThrow().id())).orElseThrow();
        RunAs.user(users, email, () -> {
            String json = new String(myData.exportMyData(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"email\" : \"" + email + "\"", "Гүлнара Сейітова", "\"publications\"", "\"topics\"",
                    "\"jointProjects\" : [ ]");

            assertThatThrownBy(() -> myData.deleteMyAccount("someone.else@kaznu.kz")).isInstanceOf(IllegalArgumentException.class);
            assertThat(jdbc.queryForObject("select count(*) from user_account where id = ?", Long.class, id.value())).isEqualTo(1);

            myData.deleteMyAccount(" GULNARA.export@kaznu.kz ");
        });
        assertThat(jdbc.queryForObject("select count(*) from user_account where id = ?", Long.class, id.value())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from researcher_profile where account_id = ?", Long.class, id.value())).isZero();
    }

    @Test
    void onlyResearchersHaveDataToDownloadOrDelete() {
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> {
            assertThatThrownBy(() -> myData.exportMyData()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> myData.deleteMyAccount(DemoAccounts.OFFICE_KAZNU)).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void theExportHoldsTheResearchersJointProjectsWithTheirHistoryAndOutputs() {
        RunAs.user(users, "yong.zhou@lzu.example", () -> {
            String json = new String(myData.exportMyData(), StandardCharsets.UTF_8);
            assertThat(json).contains("中亚沙尘气溶胶联合观测", "\"status\" : \"ACTIVE\"", "\"action\" : \"REPORT\"",
                    "Lanzhou–Almaty workshop on dust aerosols", "Winter synchronous campaign");
        });
    }
}

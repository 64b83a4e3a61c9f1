package com.researchbridge.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.researcher.publication.PublicationService;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.NewResearcher;
import com.researchbridge.security.SystemAuthentication;
import com.researchbridge.testsupport.PostgresSchema;
import com.researchbridge.testsupport.RequiresPostgres;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile on the real PostgreSQL server: every Flyway migration runs, Hibernate validates the
 * entities against the result, the demo data loads, and registration works. Each run uses a fresh schema.
 */
@RequiresPostgres
@SpringBootTest
@ActiveProfiles({"postgres", "demo"})
class PostgresMigrationsTest {

    private static final PostgresSchema SCHEMA = new PostgresSchema("rb_test_");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        SCHEMA.drop();
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountService accounts;
    @Autowired
    PublicationService publications;

    @Test
    void allMigrationsRanOnPostgres() {
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA.name());
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = false", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from institution where country = 'KZ'", Long.class)).isGreaterThanOrEqualTo(25);
        assertThat(jdbc.queryForObject("select count(*) from institution where country = 'CN'", Long.class)).isGreaterThanOrEqualTo(25);
    }

    @Test
    void demoDataLoadsOnPostgres() {
        assertThat(jdbc.queryForObject("select count(*) from researcher_profile", Long.class)).isGreaterThanOrEqualTo(300);
    }

    @Test
    @WithAnonymousUser
    void registrationStoresAccountAndProfileAndRejectsDuplicates() {
        var institution = institutions.findByCode("CN-XJU").orElseThrow().id();
        var form = new NewResearcher("阿依古丽·买买提", "aygul@xju.edu.cn", "desert-poplar-Tarim-2026", Country.CN, institution);
        var id = accounts.register(form).orElseThrow();
        assertThat(jdbc.queryForObject("select full_name from researcher_profile where account_id = ?", String.class, id.value()))
                .isEqualTo("阿依古丽·买买提");
        assertThat(accounts.register(form)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = 'aygul@xju.edu.cn'", Long.class)).isEqualTo(1);
    }

    @Test
    void publicationsForMatchingMoreResearchersThanOneStatementMayNameLoadOnPostgres() {
        var ids = java.util.stream.LongStream.rangeClosed(1, 70_000).mapToObj(AccountId::new).toList();
        var withPapers = jdbc.queryForObject("select count(distinct account_id) from publication", Long.class);

        var papers = SystemAuthentication.call(() -> publications.forMatching(ids));

        assertThat(papers).hasSize(withPapers.intValue());
    }
}

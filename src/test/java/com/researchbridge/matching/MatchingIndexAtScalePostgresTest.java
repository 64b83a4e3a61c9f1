package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.publication.PublicationService;
import com.researchbridge.security.SystemAuthentication;
import com.researchbridge.testsupport.PostgresSchema;
import com.researchbridge.testsupport.RequiresPostgres;
import com.researchbridge.testsupport.RunAs;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The full matching index build on the real PostgreSQL server over more researchers than one statement may name
 * bind parameters for (65,535): generated in SQL, built from the database in batches, suggestions served from
 * it. Prints the build time and the counts. A fresh schema of its own, dropped afterwards.
 */
@RequiresPostgres
@SpringBootTest(properties = "researchbridge.matching.build-on-start=false")
@ActiveProfiles("postgres")
class MatchingIndexAtScalePostgresTest {

    static final int RESEARCHERS = 72_000;
    private static final PostgresSchema SCHEMA = new PostgresSchema("rb_scale_");

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
    MatchingIndex index;
    @Autowired
    PartnerSuggestionService suggestions;
    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    PublicationService publications;
    @Autowired
    UserDetailsService users;

    /** How long generating the researchers took; -1 until one of the tests did it. */
    private static long fillMillis = -1;

    /** Fills the schema once for both tests; returns how long that took. */
    private long filled() {
        if (fillMillis < 0) {
            long start = System.nanoTime();
            ScaleCorpusSql.fill(jdbc, RESEARCHERS);
            jdbc.execute("analyze");
            fillMillis = (System.nanoTime() - start) / 1_000_000;
        }
        return fillMillis;
    }

    @Test
    void theIndexIsBuiltOverMoreResearchersThanOneStatementMayNameAndServesSuggestions() throws Exception {
        long fillMillis = filled();
        long papers = jdbc.queryForObject("select count(*) from publication", Long.class);
        long proposable = jdbc.queryForObject("""
                select count(*) from researcher_profile
                where matching_consent and open_to_collaboration and visibility <> 'NOBODY'""", Long.class);
        assertThat(proposable).isGreaterThan(65_535);

        index.requestRebuild().get();

        var status = index.status();
        System.out.printf("MatchingIndexAtScalePostgresTest: %,d researchers (%,d proposable) with %,d publications "
                        + "generated in %,d ms; index built over %,d profiles in %,d ms%n",
                RESEARCHERS, proposable, papers, fillMillis, status.profiles(), status.buildMillis());
        assertThat(status.failed()).as(status.failure()).isFalse();
        assertThat(status.profiles()).isEqualTo((int) proposable);

        String kazakh = jdbc.queryForObject("""
                select min(a.email) from user_account a join researcher_profile p on p.account_id = a.id
                where p.country = 'KZ' and p.matching_consent""", String.class);
        RunAs.user(users, kazakh, () -> {
            var mine = suggestions.suggestionsForMe(10, UiLanguage.RU);
            assertThat(mine).hasSize(10).allSatisfy(s -> assertThat(s.partner().country().name()).isEqualTo("CN"));
        });
    }

    @Test
    void profilesAndPublicationsOfMoreResearchersThanOneStatementMayNameAreReadOnPostgres() {
        filled();
        var ids = jdbc.queryForList("select account_id from researcher_profile", Long.class).stream()
                .map(AccountId::new).toList();
        long withPapers = jdbc.queryForObject("select count(distinct account_id) from publication", Long.class);
        long proposable = jdbc.queryForObject("""
                select count(*) from researcher_profile
                where matching_consent and open_to_collaboration and visibility <> 'NOBODY'""", Long.class);

        var read = SystemAuthentication.call(() -> profiles.forMatching(ids));
        var papers = SystemAuthentication.call(() -> publications.forMatching(ids));

        assertThat(ids).hasSizeGreaterThan(65_535);
        assertThat(read).hasSize((int) proposable);
        assertThat(papers).hasSize((int) withPapers);
    }
}

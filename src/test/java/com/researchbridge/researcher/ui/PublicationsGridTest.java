package com.researchbridge.researcher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.researcher.publication.PublicationData;
import com.researchbridge.researcher.publication.PublicationService;
import com.researchbridge.testsupport.RunAs;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 9.10: a researcher with 1,900 publications; the grid was all rows at once and Vaadin refused it. */
class PublicationsGridTest extends ViewTest {

    private static final String PROLIFIC = "yan.sun@lzu.example";
    private static final String OTHER = "aleksey.ten@enu.example";
    private static final int MANY = 1_900;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublicationService publications;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void manyPublications() {
        long account = jdbc.queryForObject("select id from user_account where email = ?", Long.class, PROLIFIC);
        jdbc.update("delete from publication where account_id = ?", account);
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < MANY; i++) {
            String title = "Grid test paper " + i;
            rows.add(new Object[] {account, title, title.toLowerCase(), 1950 + i % 75, Timestamp.from(Instant.now())});
        }
        jdbc.batchUpdate("insert into publication (account_id, title, normalized_title, pub_year, source, created_at) "
                + "values (?, ?, ?, ?, 'MANUAL', ?)", rows);
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from publication where title like 'Grid test paper %'");
    }

    @Test
    @WithUserDetails(PROLIFIC)
    @SuppressWarnings("unchecked")
    void aResearcherWithNineteenHundredPublicationsSeesTheCountAndPagesLoadLazily() {
        navigateInLocale(UiLanguage.ZH.locale(), PublicationsView.class);
        assertThat(find(H3.class).id("publications-mine").getText()).contains("1,900").contains("论文");
        Grid<PublicationData> grid = find(Grid.class).id("publications");
        assertThat(grid.getDataProvider().isInMemory()).isFalse();
        assertThat(test(grid).size()).isEqualTo(MANY);
        // Newest first, as before: years 2024 come first, and the last row is one of 1950.
        assertThat(test(grid).getRow(0).year()).isEqualTo(2024);
        assertThat(test(grid).getRow(MANY - 1).year()).isEqualTo(1950);
    }

    @Test
    void theServiceIsPagedAndCapsThePageSize() {
        RunAs.user(users, PROLIFIC, () -> {
            assertThat(publications.countMine()).isEqualTo(MANY);
            assertThat(publications.mine(0, 50)).hasSize(50);
            assertThat(publications.mine(0, 1_000_000)).hasSize(PublicationService.MAX_PAGE);
            assertThat(publications.mine(MANY / 50 - 1, 50)).hasSize(50).last().extracting(PublicationData::year).isEqualTo(1950);
            assertThat(publications.mine(MANY / 50, 50)).isEmpty();
            assertThat(publications.mine(-3, -5)).hasSize(1);
        });
    }

    @Test
    void anotherResearcherPagesOnlyTheirOwnPublications() {
        RunAs.user(users, OTHER, () -> {
            long own = publications.countMine();
            assertThat(own).isLessThan(MANY);
            assertThat(publications.mine(0, PublicationService.MAX_PAGE)).hasSize((int) Math.min(own, PublicationService.MAX_PAGE))
                    .noneMatch(p -> p.title().startsWith("Grid test paper"));
        });
    }
}

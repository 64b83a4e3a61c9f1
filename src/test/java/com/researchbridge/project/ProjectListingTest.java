package com.researchbridge.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The projects list is paged, sorted and filtered by the database, within what each viewer may see. */
@IntegrationTest
class ProjectListingTest {

    private static final List<Sort> SORTS = List.of(Sort.unsorted(), Sort.by("title"), Sort.by(Sort.Direction.DESC, "title"),
            Sort.by("status", "updatedAt"), Sort.by(Sort.Direction.DESC, "createdAt"), Sort.by("updatedAt"));

    @Autowired
    ProjectService projects;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private <T> T as(String email, Supplier<T> action) {
        var result = new ArrayList<T>();
        RunAs.user(users, email, () -> result.add(action.get()));
        return result.getFirst();
    }

    /** Every page of the given size, in order, until the database says there are no more. */
    private List<Long> allPages(ProjectScope scope, int size, Sort sort) {
        var ids = new ArrayList<Long>();
        for (int page = 0; ; page++) {
            var slice = projects.list(scope, PageRequest.of(page, size, sort));
            assertThat(slice.getNumberOfElements()).isLessThanOrEqualTo(size);
            slice.forEach(p -> ids.add(p.id()));
            if (!slice.hasNext()) {
                assertThat(slice.getTotalElements()).isEqualTo(ids.size());
                return ids;
            }
        }
    }

    private Set<Long> idsConcerning(String officeEmail) {
        return new HashSet<>(jdbc.queryForList("""
                select p.id from joint_project p join user_account a on a.email = ?
                where p.initiator_institution_id = a.institution_id or p.partner_institution_id = a.institution_id""",
                Long.class, officeEmail));
    }

    @Test
    void pagesAreTheRightSlicesWithTheRightTotalForEveryScopeAndViewer() {
        String researcher = jdbc.queryForObject("""
                select a.email from user_account a join joint_project p on p.initiator_account_id = a.id
                group by a.email order by count(*) desc, a.email limit 1""", String.class);
        for (String viewer : List.of(DemoAccounts.ADMIN, DemoAccounts.OFFICE_KAZNU, DemoAccounts.OFFICE_TSINGHUA, researcher)) {
            for (ProjectScope scope : ProjectScope.values()) {
                as(viewer, () -> {
                    var whole = projects.list(scope, Pageable.unpaged()).map(ProjectSummary::id).toList();
                    assertThat(projects.count(scope)).as(viewer + " " + scope).isEqualTo(whole.size());
                    for (int size : List.of(1, 2, 3, 50)) {
                        assertThat(allPages(scope, size, Sort.unsorted())).as(viewer + " " + scope + " by " + size)
                                .containsExactlyElementsOf(whole);
                    }
                    return null;
                });
            }
        }
        long all = jdbc.queryForObject("select count(*) from joint_project", Long.class);
        assertThat(all).isGreaterThan(3);
        assertThat((long) as(DemoAccounts.ADMIN, () -> projects.count(ProjectScope.ALL))).isEqualTo(all);
    }

    @Test
    void anOfficeNeverSeesAnotherInstitutionsProjectsWhateverThePageSortOrScope() {
        for (String office : List.of(DemoAccounts.OFFICE_KAZNU, DemoAccounts.OFFICE_NU, DemoAccounts.OFFICE_TSINGHUA)) {
            Set<Long> own = idsConcerning(office);
            var seen = new HashSet<Long>();
            for (ProjectScope scope : ProjectScope.values()) {
                for (Sort sort : SORTS) {
                    for (int size : List.of(1, 2, 5)) {
                        List<Long> ids = as(office, () -> allPages(scope, size, sort));
                        assertThat(ids).as(office + " " + scope + " " + sort + " by " + size).doesNotHaveDuplicates()
                                .allMatch(own::contains);
                        seen.addAll(ids);
                    }
                }
                // far beyond the last page: empty, not someone else's projects
                assertThat(as(office, () -> projects.list(scope, PageRequest.of(1_000, 10)).getContent())).isEmpty();
            }
            assertThat(seen).as(office).isEqualTo(own);
        }
    }

    @Test
    void theOrderIsTheDatabasesWithTheIdBreakingTies() {
        var byTitle = jdbc.queryForList("select id from joint_project order by title asc, id desc", Long.class);
        var newestFirst = jdbc.queryForList("select id from joint_project order by updated_at desc, id desc", Long.class);
        var byStatus = jdbc.queryForList("select id from joint_project order by status desc, id desc", Long.class);
        as(DemoAccounts.ADMIN, () -> {
            assertThat(allPages(ProjectScope.ALL, 2, Sort.by("title"))).containsExactlyElementsOf(byTitle);
            assertThat(allPages(ProjectScope.ALL, 2, Sort.unsorted())).containsExactlyElementsOf(newestFirst);
            assertThat(allPages(ProjectScope.ALL, 3, Sort.by(Sort.Direction.DESC, "status"))).containsExactlyElementsOf(byStatus);
            return null;
        });
    }

    @Test
    void waitingForTheViewerMeansTheSameInTheDatabaseAsOnTheProject() {
        var viewers = new ArrayList<>(List.of(DemoAccounts.OFFICE_KAZNU, DemoAccounts.OFFICE_NU, DemoAccounts.OFFICE_TSINGHUA));
        viewers.addAll(jdbc.queryForList("""
                select distinct a.email from user_account a join joint_project p
                on p.initiator_account_id = a.id or p.partner_account_id = a.id""", String.class));
        for (String viewer : viewers) {
            as(viewer, () -> {
                var expected = projects.list(ProjectScope.ALL).stream()
                        .filter(p -> projects.find(p.id()).orElseThrow().actions().stream().anyMatch(ProjectAction::awaitsDecision))
                        .map(ProjectSummary::id).toList();
                assertThat(projects.list(ProjectScope.NEEDS_ACTION)).as(viewer).extracting(ProjectSummary::id)
                        .containsExactlyElementsOf(expected);
                assertThat(projects.countNeedingMyAction()).isEqualTo(expected.size());
                return null;
            });
        }
    }

    @Test
    void sortingByAColumnThatIsNotOfferedIsRefused() {
        as(DemoAccounts.ADMIN, () -> {
            assertThatThrownBy(() -> projects.list(ProjectScope.ALL, PageRequest.of(0, 5, Sort.by("description"))))
                    .isInstanceOf(IllegalArgumentException.class);
            return null;
        });
    }
}

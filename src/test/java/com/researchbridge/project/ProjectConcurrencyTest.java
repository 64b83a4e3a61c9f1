package com.researchbridge.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.ProjectPeople;
import com.researchbridge.testsupport.RunAs;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Two offices deciding at the same moment: the later decision fails instead of silently overwriting the first. */
@IntegrationTest
class ProjectConcurrencyTest {

    @Autowired
    ProjectService projects;
    @Autowired
    JointProjectRepository repository;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void whenBothOfficesApproveAtOnceTheSecondDecisionIsRefusedAndTheFirstStands() throws Exception {
        String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-ENU");
        String cn = ProjectPeople.freeResearcherOf(jdbc, "CN-PKU");
        var id = new AtomicLong();
        RunAs.user(users, kz, () -> id.set(projects.propose(new AccountId(ProjectPeople.accountOf(jdbc, cn)),
                new ProjectForm("Steppe soils", "Carbon in steppe soils on both sides of the border."))));
        RunAs.user(users, cn, () -> projects.take(id.get(), ProjectAction.ACCEPT, null));
        RunAs.user(users, cn, () -> projects.take(id.get(), ProjectAction.SUBMIT, null));
        long enuOffice = ProjectPeople.accountOf(jdbc, "office@enu.example");
        long enu = jdbc.queryForObject("select id from institution where code = 'KZ-ENU'", Long.class);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            // The ENU office has read the project...
            var stale = repository.findWithHistory(id.get()).orElseThrow();
            // ...when the PKU office's approval is committed in another transaction.
            var other = Thread.ofVirtual().start(() ->
                    RunAs.user(users, "office@pku.example", () -> projects.take(id.get(), ProjectAction.APPROVE, null)));
            join(other);
            stale.take(ProjectAction.APPROVE, new Actor(new AccountId(enuOffice), "ENU", true, new InstitutionId(enu)),
                    null, java.time.Instant.now());
            repository.saveAndFlush(stale);
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(jdbc.queryForObject("select initiator_review from joint_project where id = ?", String.class, id.get()))
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select partner_review from joint_project where id = ?", String.class, id.get()))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from joint_project_event where project_id = ? and action = 'APPROVE'",
                Long.class, id.get())).isEqualTo(1);

        // Read afresh, the ENU office's approval goes through and completes the review.
        RunAs.user(users, "office@enu.example", () -> projects.take(id.get(), ProjectAction.APPROVE, null));
        assertThat(jdbc.queryForObject("select status from joint_project where id = ?", String.class, id.get()))
                .isEqualTo("APPROVED");
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

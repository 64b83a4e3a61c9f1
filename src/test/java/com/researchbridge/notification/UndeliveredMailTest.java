package com.researchbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Notices the mail server did not take wait in the event publication registry; administrators see them as
 * retrying and, after the last try, as failed; nobody else sees them.
 */
@IntegrationTest
class UndeliveredMailTest {

    @Autowired
    UndeliveredMail undelivered;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private final UUID retrying = UUID.randomUUID();
    private final UUID failed = UUID.randomUUID();
    private final UUID done = UUID.randomUUID();

    private void publication(UUID id, String listener, int attempts, String status, boolean completed) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts)
                values (?, ?, 'com.researchbridge.project.ProjectChanged', '{}', ?, ?, ?, ?)""",
                id, listener, now, completed ? now : null, status, attempts);
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from event_publication where id in (?, ?, ?)", retrying, failed, done);
    }

    @Test
    void administratorsSeeRetryingAndFailedNoticesAndOthersAreRefused() {
        publication(retrying, "com.researchbridge.notification.ProjectNotices.on(com.researchbridge.project.ProjectChanged)",
                2, "FAILED", false);
        publication(failed, "com.researchbridge.notification.RegistrationMail.on(com.researchbridge.security.RegistrationReceived)",
                UndeliveredMail.MAX_ATTEMPTS, "FAILED", false);
        publication(done, "com.researchbridge.notification.ProjectNotices.on(com.researchbridge.project.ProjectChanged)",
                1, "COMPLETED", true);

        RunAs.user(users, DemoAccounts.ADMIN, () -> {
            var notices = undelivered.recent(50);
            assertThat(notices).extracting(UndeliveredNotice::kindKey)
                    .contains("mail.undelivered.kind.ProjectNotices", "mail.undelivered.kind.RegistrationMail");
            assertThat(notices).filteredOn(n -> n.kindKey().endsWith("RegistrationMail"))
                    .allMatch(UndeliveredNotice::failed);
            assertThat(notices).filteredOn(n -> n.kindKey().endsWith("ProjectNotices"))
                    .as("the completed one is not listed").hasSize(1).noneMatch(UndeliveredNotice::failed);
        });
        for (String who : new String[] {DemoAccounts.RESEARCHER_KZ, DemoAccounts.OFFICE_KAZNU}) {
            RunAs.user(users, who, () -> assertThatThrownBy(() -> undelivered.recent(50))
                    .isInstanceOf(AccessDeniedException.class));
        }
    }
}

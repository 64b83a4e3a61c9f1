package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.researcher.InvitedProfileService;
import com.researchbridge.security.InvitationRefused.Reason;
import com.researchbridge.testsupport.Anonymous;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class InvitationTest {

    private static final String GOOD_PASSWORD = "Steppe-Orchard-Lantern-42";

    @Autowired
    InvitationService invitations;
    @Autowired
    InvitationAcceptance acceptance;
    @Autowired
    InvitedProfileService invitedProfiles;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    private IssuedInvitation invite(String office) {
        var issued = new AtomicReference<IssuedInvitation>();
        String email = "invitee." + UUID.randomUUID().toString().substring(0, 8) + "@university.example.org";
        RunAs.user(users, office, () -> issued.set(invitations.invite(new Invitee(email, "Гүлнар Оспанова", UiLanguage.KK))));
        return issued.get();
    }

    @Test
    void anInvitedAccountCannotLogInUntilThePasswordIsSet() {
        var issued = invite(DemoAccounts.OFFICE_KAZNU);
        assertThat(users.loadUserByUsername(issued.email()).isEnabled()).isFalse();
        assertThat(encoder.matches("", users.loadUserByUsername(issued.email()).getPassword())).isFalse();

        var details = Anonymous.call(() -> acceptance.check(issued.token()));
        assertThat(details.fullName()).isEqualTo("Гүлнар Оспанова");
        Anonymous.run(() -> acceptance.accept(issued.token(), GOOD_PASSWORD));

        var user = users.loadUserByUsername(issued.email());
        assertThat(user.isEnabled()).isTrue();
        assertThat(encoder.matches(GOOD_PASSWORD, user.getPassword())).isTrue();
        assertThat(jdbc.queryForObject("select accepted_at from invitation where account_id = ?", OffsetDateTime.class,
                issued.account().value())).isNotNull();
    }

    @Test
    void aUsedLinkIsRefused() {
        var issued = invite(DemoAccounts.OFFICE_KAZNU);
        Anonymous.run(() -> acceptance.accept(issued.token(), GOOD_PASSWORD));
        assertRefused(() -> acceptance.accept(issued.token(), "Another-Long-Passphrase-77"), Reason.USED);
        assertRefused(() -> acceptance.check(issued.token()), Reason.USED);
    }

    @Test
    void anExpiredLinkIsRefusedAndTheAccountStaysDisabled() {
        var issued = invite(DemoAccounts.OFFICE_KAZNU);
        jdbc.update("update invitation set expires_at = ? where account_id = ?", OffsetDateTime.now().minusDays(1),
                issued.account().value());
        assertRefused(() -> acceptance.accept(issued.token(), GOOD_PASSWORD), Reason.EXPIRED);
        assertThat(users.loadUserByUsername(issued.email()).isEnabled()).isFalse();
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStillWorks() {
        var issued = invite(DemoAccounts.OFFICE_KAZNU);
        assertRefused(() -> acceptance.accept(issued.token(), "password1"), Reason.WEAK_PASSWORD);
        assertRefused(() -> acceptance.accept(issued.token(), "Гүлнар Оспанова"), Reason.WEAK_PASSWORD);
        assertThat(users.loadUserByUsername(issued.email()).isEnabled()).isFalse();
        Anonymous.run(() -> acceptance.accept(issued.token(), GOOD_PASSWORD));
        assertThat(users.loadUserByUsername(issued.email()).isEnabled()).isTrue();
    }

    @Test
    void anUnknownLinkIsRefused() {
        assertRefused(() -> acceptance.accept("no-such-token", GOOD_PASSWORD), Reason.UNKNOWN);
        assertRefused(() -> acceptance.check(""), Reason.UNKNOWN);
    }

    @Test
    void aRenewedLinkReplacesTheOldOne() {
        var issued = invite(DemoAccounts.OFFICE_KAZNU);
        var renewed = new AtomicReference<IssuedInvitation>();
        long id = jdbc.queryForObject("select id from invitation where account_id = ?", Long.class, issued.account().value());
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> renewed.set(invitations.renewLink(id)));
        assertRefused(() -> acceptance.check(issued.token()), Reason.UNKNOWN);
        Anonymous.run(() -> acceptance.accept(renewed.get().token(), GOOD_PASSWORD));
        assertThat(users.loadUserByUsername(issued.email()).isEnabled()).isTrue();
    }

    @Test
    void anOfficeSeesOnlyItsOwnInstitutionsInvitations() {
        var kaznu = invite(DemoAccounts.OFFICE_KAZNU);
        var tsinghua = invite(DemoAccounts.OFFICE_TSINGHUA);
        assertThat(jdbc.queryForObject("select country from user_account where id = ?", String.class, tsinghua.account().value())).isEqualTo("CN");
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> {
            var listed = invitations.invitationsOfMyInstitution(Pageable.ofSize(1000)).getContent();
            assertThat(listed).extracting(InvitationSummary::email).contains(kaznu.email()).doesNotContain(tsinghua.email());
            assertThat(listed).filteredOn(i -> i.email().equals(kaznu.email())).extracting(InvitationSummary::status)
                    .containsExactly(InvitationStatus.PENDING);
            long foreign = jdbc.queryForObject("select id from invitation where account_id = ?", Long.class, tsinghua.account().value());
            assertThatThrownBy(() -> invitations.renewLink(foreign)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invitedProfiles.describeInvited(tsinghua.account(), "Spy", null, null))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void onlyResearchOfficesInviteAndOnlyVisitorsAccept() {
        var invitee = new Invitee("x." + UUID.randomUUID() + "@university.example.org", "X", null);
        for (String email : new String[] {DemoAccounts.RESEARCHER_CN, DemoAccounts.ADMIN}) {
            RunAs.user(users, email, () -> {
                assertThatThrownBy(() -> invitations.invite(invitee)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> invitations.invitationsOfMyInstitution(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> invitations.renewLink(1L)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> invitedProfiles.describeInvited(new AccountId(1L), null, null, null))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> acceptance.accept("token", GOOD_PASSWORD)).isInstanceOf(AccessDeniedException.class);
            });
        }
        Anonymous.run(() -> assertThatThrownBy(() -> invitations.invite(invitee)).isInstanceOf(AccessDeniedException.class));
    }

    private static void assertRefused(Runnable action, Reason reason) {
        Anonymous.run(() -> assertThatThrownBy(action::run).isInstanceOfSatisfying(InvitationRefused.class,
                e -> assertThat(e.reason()).isEqualTo(reason)));
    }
}

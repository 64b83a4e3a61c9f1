package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

/** Registering a known address does the same work as a new one (one password hash), and stores nothing. */
class RegistrationWorkTest {

    private static final InstitutionId KAZNU = new InstitutionId(1);

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final RegistrationValidator validator = mock(RegistrationValidator.class);
    private final PasswordEncoder encoder = mock(PasswordEncoder.class);
    private final List<Object> events = new ArrayList<>();
    private final AccountService service = new AccountService(accounts, validator, encoder,
            (ApplicationEventPublisher) events::add, Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC),
            mock(CurrentUser.class));

    private static NewResearcher form(String email) {
        return new NewResearcher("Әлия", email, "glacier-runoff-Tianshan-77", Country.KZ, KAZNU);
    }

    @Test
    void aKnownAddressCostsOneHashLikeANewOneAndOnlyItsOwnerHearsOfIt() {
        when(validator.problems(any())).thenReturn(List.of());
        when(encoder.encode(any())).thenReturn("{bcrypt}$2a$10$hash");
        var known = new UserAccount("known@kaznu.kz", "{bcrypt}$2a$10$old", "Known", Role.RESEARCHER, Country.KZ, KAZNU,
                Instant.EPOCH);
        ReflectionTestUtils.setField(known, "id", 7L);
        when(accounts.findByEmail("known@kaznu.kz")).thenReturn(Optional.of(known));
        when(accounts.findByEmail("new@kaznu.kz")).thenReturn(Optional.empty());
        when(accounts.saveAndFlush(any())).thenAnswer(call -> {
            UserAccount saved = call.getArgument(0);
            ReflectionTestUtils.setField(saved, "id", 8L);
            return saved;
        });

        assertThat(service.register(form(" Known@KazNU.kz"))).isEmpty();
        verify(encoder, times(1)).encode(any());
        verify(accounts, never()).saveAndFlush(any());
        assertThat(known.passwordHash()).isEqualTo("{bcrypt}$2a$10$old");
        assertThat(events).containsExactly(new RegistrationReceived(
                new Contact(known.accountId(), "known@kaznu.kz", "Known", null, Country.KZ), true));

        events.clear();
        assertThat(service.register(form("new@kaznu.kz"))).isPresent();
        verify(encoder, times(2)).encode(any());
        assertThat(events).filteredOn(RegistrationReceived.class::isInstance).singleElement()
                .extracting(e -> ((RegistrationReceived) e).addressWasKnown()).isEqualTo(false);
    }
}

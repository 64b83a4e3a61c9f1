package com.researchbridge.security;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.base.UiLanguage;
import java.time.Instant;

/** An account as views and other modules see it: never the password hash. */
public record AccountSummary(AccountId id, String email, String fullName, Role role, Country country,
                             InstitutionId institution, UiLanguage uiLanguage, boolean enabled,
                             Instant createdAt) {
}

package com.researchbridge.security;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.InstitutionId;

/** Published when an administrator creates a research office account. */
public record ResearchOfficeCreated(AccountId account, String email, InstitutionId institution) {
}

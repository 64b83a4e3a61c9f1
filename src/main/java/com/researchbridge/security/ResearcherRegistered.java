package com.researchbridge.security;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;

/** Published in the registering transaction, so the researcher module creates the profile with it. */
public record ResearcherRegistered(AccountId account, String fullName, Country country, InstitutionId institution) {
}

package com.researchbridge.researcher;

import com.researchbridge.base.AccountId;

/** Published when a researcher's profile is created or changed; the matching module re-indexes. */
public record ResearcherProfileChanged(AccountId account) {
}

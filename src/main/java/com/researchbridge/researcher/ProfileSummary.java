package com.researchbridge.researcher;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import java.time.Instant;
import java.util.List;

/** A researcher's profile as views and other modules read it. */
public record ProfileSummary(AccountId account, String fullName, Country country, InstitutionId institution,
                             String positionTitle, ResearchField field, String summary, String summaryLanguage,
                             String summaryEn, List<String> keywords, Instant updatedAt, String fullNameLatin,
                             String orcid, String homepage, ProfileVisibility visibility, boolean openToCollaboration,
                             boolean matchingConsent) {

    /** Whether the matcher may propose this researcher to others. */
    public boolean proposable() {
        return openToCollaboration && matchingConsent && visibility != ProfileVisibility.NOBODY;
    }
}

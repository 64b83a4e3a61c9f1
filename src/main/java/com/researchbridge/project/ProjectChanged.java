package com.researchbridge.project;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.InstitutionId;

/**
 * Published after each step of a joint project, in the transaction that took it. The accounts are {@code null}
 * once deleted; {@code actingOffice} is the institution of the office that acted ({@code null} when a researcher
 * did); {@code comment} is the comment or reason given, if any; {@code submitted} says whether the project ever
 * went to the research offices.
 */
public record ProjectChanged(long projectId, String title, ProjectAction action, ProjectStatus status, AccountId actor,
                             String actorName, InstitutionId actingOffice, String comment, AccountId initiator,
                             AccountId partner, InstitutionId initiatorInstitution, InstitutionId partnerInstitution,
                             boolean submitted) {

    /** The researcher on the other side from the given one, or {@code null}. */
    public AccountId otherResearcher(AccountId researcher) {
        if (researcher == null) {
            return null;
        }
        return researcher.equals(initiator) ? partner : researcher.equals(partner) ? initiator : null;
    }
}

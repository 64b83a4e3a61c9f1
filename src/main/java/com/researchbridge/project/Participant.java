package com.researchbridge.project;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.InstitutionId;

/**
 * One of the two researchers of a joint project as the project remembers them: the account (null once the
 * account is deleted), the name at the time, and the institution whose office reviews the project.
 */
public record Participant(AccountId account, String name, InstitutionId institution) {
}

package com.researchbridge.project;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.InstitutionId;

/** Who takes a step: a researcher (one of the two, or not), or a research office of an institution. */
record Actor(AccountId account, String name, boolean office, InstitutionId institution) {
}

package com.researchbridge.security;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;

/** What a researcher enters on the registration form. */
public record NewResearcher(String fullName, String email, String password, Country country,
                            InstitutionId institution) {

    @Override
    public String toString() {
        return "NewResearcher[" + email + "]";
    }
}

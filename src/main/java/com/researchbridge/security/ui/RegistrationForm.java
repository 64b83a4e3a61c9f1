package com.researchbridge.security.ui;

import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.security.NewResearcher;

/** Mutable holder the registration form binds to; turned into {@link NewResearcher} on submit. */
class RegistrationForm {

    private String fullName = "";
    private String email = "";
    private String password = "";
    private Country country;
    private InstitutionSummary institution;

    NewResearcher toNewResearcher() {
        return new NewResearcher(fullName, email, password, country, institution == null ? null : institution.id());
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Country getCountry() { return country; }
    public void setCountry(Country country) { this.country = country; }
    public InstitutionSummary getInstitution() { return institution; }
    public void setInstitution(InstitutionSummary institution) { this.institution = institution; }
}

package com.researchbridge.monitoring;

import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.Role;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures for the administrator's dashboard. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** Head counts per country. */
    public record CountryFigures(long researchers, long institutions, long researchOffices) {
    }

    private final AccountService accounts;
    private final InstitutionService institutions;
    private final ResearcherProfileService profiles;

    DashboardService(AccountService accounts, InstitutionService institutions, ResearcherProfileService profiles) {
        this.accounts = accounts;
        this.institutions = institutions;
        this.profiles = profiles;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CountryFigures figures(Country country) {
        return new CountryFigures(profiles.countByCountry(country), institutions.count(country),
                accounts.count(Role.RESEARCH_OFFICE, country));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Map<ResearchField, Map<Country, Long>> researchersByField() {
        return profiles.countByFieldAndCountry();
    }
}

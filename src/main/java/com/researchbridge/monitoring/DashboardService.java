package com.researchbridge.monitoring;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.project.OutputKind;
import com.researchbridge.project.ProjectService;
import com.researchbridge.project.ProjectStatus;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.Role;
import java.util.List;
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
    private final ProjectService projects;

    DashboardService(AccountService accounts, InstitutionService institutions, ResearcherProfileService profiles,
                     ProjectService projects) {
        this.projects = projects;
        this.accounts = accounts;
        this.institutions = institutions;
        this.profiles = profiles;
    }

    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public CountryFigures figures(Country country) {
        return new CountryFigures(profiles.countByCountry(country), institutions.count(country),
                accounts.count(Role.RESEARCH_OFFICE, country));
    }

    /** Joint projects in each stage: being agreed, with the offices, approved or under way, completed, stopped. */
    public record ProjectFigures(long preparing, long inReview, long going, long completed, long stopped) {
    }

    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public ProjectFigures projects() {
        var c = projects.countByStatus();
        return new ProjectFigures(c.get(ProjectStatus.PROPOSED) + c.get(ProjectStatus.AGREED), c.get(ProjectStatus.IN_REVIEW),
                c.get(ProjectStatus.APPROVED) + c.get(ProjectStatus.ACTIVE), c.get(ProjectStatus.COMPLETED),
                c.get(ProjectStatus.DECLINED) + c.get(ProjectStatus.REJECTED) + c.get(ProjectStatus.WITHDRAWN)
                        + c.get(ProjectStatus.CANCELLED));
    }

    /** The institutions taking part in the most joint projects, most first, at most {@code limit}. */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public List<Map.Entry<InstitutionSummary, Long>> institutionsByProjects(int limit) {
        return projects.countByInstitution().stream()
                .flatMap(e -> institutions.find(e.getKey()).map(i -> Map.entry(i, e.getValue())).stream())
                .limit(limit).toList();
    }

    /** What joint projects produced, by kind. */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public Map<OutputKind, Long> outputsByKind() {
        return projects.countOutputsByKind();
    }

    /** Every output of every joint project as CSV (see {@link OutputsCsv}). */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public String outputsCsv() {
        return outputsCsv(java.util.Locale.ENGLISH);
    }

    /** The same, with kinds of output and institutions named in the reader's language. */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public String outputsCsv(java.util.Locale reader) {
        return OutputsCsv.write(projects.allOutputs(), institutions, reader);
    }

    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public Map<ResearchField, Map<Country, Long>> researchersByField() {
        return profiles.countByFieldAndCountry();
    }
}

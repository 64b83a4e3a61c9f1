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
import com.researchbridge.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
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
    private final MonitoringQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardService(AccountService accounts, InstitutionService institutions, ResearcherProfileService profiles,
                     ProjectService projects, MonitoringQueries queries, CurrentUser currentUser, Clock clock) {
        this.projects = projects;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
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

    /** At most this many pending decisions and incomplete profiles are listed on an office's dashboard. */
    static final int OFFICE_LIST_LIMIT = 1000;

    /**
     * The administrator's monitoring dashboard over both countries for the filter (refused with
     * {@link MonitoringFilter.InvalidFilter} when it makes no sense, e.g. a period ending before it starts).
     */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public Dashboard dashboard(MonitoringFilter filter) {
        return compute(filter == null ? MonitoringFilter.none() : filter, false);
    }

    /**
     * A research office's dashboard: the same figures restricted to its own institution (whatever institution the
     * filter names), the projects waiting for its decision with their age, and its researchers' profile gaps.
     * Researchers who hid their profile from everyone are neither counted nor listed, as on the office's home page.
     */
    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public OfficeDashboard officeDashboard(MonitoringFilter filter) {
        var institution = currentUser.require().institution();
        var own = (filter == null ? MonitoringFilter.none() : filter).withInstitution(institution);
        var now = clock.instant();
        var pending = queries.pendingDecisions(institution, OFFICE_LIST_LIMIT).stream().map(row -> {
            var submitted = (java.time.OffsetDateTime) row[4];
            long days = submitted == null ? 0 : Math.max(0, Duration.between(submitted.toInstant(), now).toDays());
            return new OfficeDashboard.PendingDecision((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                    submitted, days);
        }).toList();
        return new OfficeDashboard(compute(own, true), pending, queries.completeness(institution),
                queries.incompleteProfiles(institution, OFFICE_LIST_LIMIT));
    }

    private Dashboard compute(MonitoringFilter filter, boolean hidingHidden) {
        filter.check();
        return new Dashboard(filter, queries.projectSteps(filter), queries.outputsPerYear(filter), queries.funnel(filter),
                queries.institutionFlows(filter), queries.fieldFlows(filter), queries.researchersByField(filter, hidingHidden),
                queries.matchedNeverContacted(filter, hidingHidden), queries.openWithoutProposal(filter, hidingHidden));
    }
}

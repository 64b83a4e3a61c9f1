package com.researchbridge.researcher;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.security.CurrentUser;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Researchers' profiles: their own, their institution's (for research offices), and counts for admins. */
@Service
@Transactional(readOnly = true)
public class ResearcherProfileService {

    private final ResearcherProfileRepository profiles;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResearcherProfileService(ResearcherProfileRepository profiles, CurrentUser currentUser, Clock clock,
                             ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public Optional<ProfileSummary> myProfile() {
        return profiles.findByAccountId(currentUser.require().id().value()).map(ResearcherProfile::toSummary);
    }

    /**
     * Saves the signed-in researcher's own profile. Either the whole edit is stored or, with the problems
     * listed, nothing; text is normalised (trimmed, ORCID in its canonical form, keywords de-duplicated).
     */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public ProfileSummary updateMyProfile(ProfileForm form) {
        var problems = ProfileValidator.problems(form);
        if (!problems.isEmpty()) {
            throw new ProfileRejected(problems);
        }
        var profile = profiles.findByAccountId(currentUser.require().id().value()).orElseThrow();
        profile.edit(normalised(form), clock.instant());
        events.publishEvent(new ResearcherProfileChanged(currentUser.require().id()));
        return profile.toSummary();
    }

    private static ProfileForm normalised(ProfileForm f) {
        var keywords = f.keywords().stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
        String orcid = blankToNull(f.orcid()) == null ? null : com.researchbridge.base.OrcidId.parse(f.orcid()).orElseThrow().value();
        var summaries = f.summaries().stream().filter(v -> blankToNull(v.text()) != null)
                .map(v -> new SummaryVersion(v.language(), v.text().strip())).toList();
        return new ProfileForm(blankToNull(f.fullNameLatin()), blankToNull(f.positionTitle()), f.fields(), summaries,
                f.spokenLanguages(), keywords, orcid, blankToNull(f.homepage()), f.visibility(),
                f.openToCollaboration(), f.matchingConsent());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A research office sees the researchers of its own institution, and of no other. */
    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public Page<ProfileSummary> researchersOfMyInstitution(Pageable pageable) {
        var institution = currentUser.require().institution();
        return profiles.findByInstitutionId(institution.value(), pageable).map(ResearcherProfile::toSummary);
    }

    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public long countResearchersOfMyInstitution() {
        return profiles.countByInstitutionId(currentUser.require().institution().value());
    }

    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public long countByCountry(Country country) {
        return profiles.countByCountry(country);
    }

    /** Researchers per field of research and country, for the admin dashboard. */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public Map<ResearchField, Map<Country, Long>> countByFieldAndCountry() {
        var result = new EnumMap<ResearchField, Map<Country, Long>>(ResearchField.class);
        for (Object[] row : profiles.countByFieldAndCountry()) {
            ResearchField.fromCode((String) row[0]).ifPresent(field -> result
                    .computeIfAbsent(field, f -> new EnumMap<>(Country.class))
                    .put((Country) row[1], (Long) row[2]));
        }
        return result;
    }

    /** For the application's own work (demo data); researchers will edit their profile in the profile editor. */
    @Transactional
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public void describe(AccountId account, String positionTitle, List<ResearchField> fields,
                         List<SummaryVersion> summaries, List<SpokenLanguage> spokenLanguages, List<String> keywords) {
        var profile = profiles.findByAccountId(account.value())
                .orElseThrow(() -> new IllegalStateException("No profile for account " + account.value()));
        profile.describe(positionTitle, fields, summaries, spokenLanguages, keywords, clock.instant());
        events.publishEvent(new ResearcherProfileChanged(account));
    }

    /**
     * The profiles the matcher may use: open to collaboration, consenting to matching, not hidden. For the
     * application's own background work (the matching index); no user may call it.
     */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<ProfileSummary> allForMatching() {
        return profiles.findAll().stream().map(ResearcherProfile::toSummary).filter(ProfileSummary::proposable).toList();
    }

    /** Tells other modules (matching, search) that a researcher's profile is gone. */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public void announceRemoved(AccountId account) {
        events.publishEvent(new ResearcherProfileChanged(account));
    }

    /** Profiles anyone may find by search (all but hidden ones); for the search index, built by the system. */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<ProfileSummary> allForSearch() {
        return profiles.findAll().stream().map(ResearcherProfile::toSummary)
                .filter(p -> p.visibility() != ProfileVisibility.NOBODY).toList();
    }

    /**
     * The next profiles after the given account id, in account order, hidden ones included so that paging can go
     * on (the search index leaves them out). For the search index, built by the system in batches.
     */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<ProfileSummary> nextForSearch(long afterAccount, int batchSize) {
        return profiles.findByAccountIdGreaterThanOrderByAccountIdAsc(afterAccount, org.springframework.data.domain.Limit.of(batchSize))
                .stream().map(ResearcherProfile::toSummary).toList();
    }

    /** One profile as search should index it now (empty when gone); for the search index. */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<ProfileSummary> forSearch(AccountId account) {
        return profiles.findByAccountId(account.value()).map(ResearcherProfile::toSummary);
    }

    /** Profiles by account, for views that show other researchers (suggested partners). */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("isAuthenticated()")
    public Map<AccountId, ProfileSummary> byAccounts(java.util.Collection<AccountId> accounts) {
        var result = new java.util.LinkedHashMap<AccountId, ProfileSummary>();
        profiles.findByAccountIdIn(accounts.stream().map(AccountId::value).toList())
                .forEach(p -> result.put(p.toSummary().account(), p.toSummary()));
        return result;
    }
}

package com.researchbridge.researcher;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.security.CurrentUser;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Researchers' profiles: their own, their institution's (for research offices), others' as far as their
 * visibility allows ({@link ProfileVisibility#visibleTo}), and counts for admins. Every method that returns someone
 * else's profile to a user applies that rule here; the application's own work (matching, search index) reads
 * profiles through methods only the role SYSTEM may call.
 */
@Service
@Transactional(readOnly = true)
public class ResearcherProfileService {

    /** Accounts named in one query at most (a statement takes at most 65,535 bind parameters on PostgreSQL). */
    static final int IDS_PER_QUERY = 10_000;

    private final ResearcherProfileRepository profiles;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProfileAccess access;
    /** Looked up when needed: the matching module that implements it reads profiles through this service. */
    private final ObjectProvider<MatcherIntroductions> introductions;

    ResearcherProfileService(ResearcherProfileRepository profiles, CurrentUser currentUser, Clock clock,
                             ApplicationEventPublisher events, ProfileAccess access,
                             ObjectProvider<MatcherIntroductions> introductions) {
        this.access = access;
        this.introductions = introductions;
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

    /**
     * A research office sees the researchers of its own institution, and of no other; of those, only the ones
     * whose profile page it may open (a hidden profile is not listed either).
     */
    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public Page<ProfileSummary> researchersOfMyInstitution(Pageable pageable) {
        var institution = currentUser.require().institution();
        return profiles.findByInstitutionIdAndVisibilityIn(institution.value(), seenByMe(), pageable)
                .map(ResearcherProfile::toSummary);
    }

    /** As many as {@link #researchersOfMyInstitution} lists. */
    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public long countResearchersOfMyInstitution() {
        return profiles.countByInstitutionIdAndVisibilityIn(currentUser.require().institution().value(), seenByMe());
    }

    private List<ProfileVisibility> seenByMe() {
        return ProfileVisibility.seenBy(currentUser.require().role());
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

    /**
     * The next profiles the matcher may use after the given account id, in account order: the matching index
     * reads them in batches instead of all at once. For the application's own background work; no user may call it.
     */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<ProfileSummary> nextForMatching(long afterAccount, int batchSize) {
        return profiles.findByAccountIdGreaterThanAndOpenToCollaborationTrueAndMatchingConsentTrueAndVisibilityNotOrderByAccountIdAsc(
                afterAccount, ProfileVisibility.NOBODY, org.springframework.data.domain.Limit.of(batchSize))
                .stream().map(ResearcherProfile::toSummary).toList();
    }

    /** How many profiles the matcher may use (for the index build's progress). */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public long countForMatching() {
        return profiles.countByOpenToCollaborationTrueAndMatchingConsentTrueAndVisibilityNot(ProfileVisibility.NOBODY);
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

    /** A researcher's profile if the signed-in user may see it (their own always); empty when missing or not visible. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public Optional<ProfileSummary> visibleProfile(AccountId account) {
        if (account == null) {
            return Optional.empty();
        }
        return visibleProfiles(List.of(account)).values().stream().findFirst();
    }

    /** Those of the profiles the signed-in user may see, by account; the others are left out as if missing. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public Map<AccountId, ProfileSummary> visibleProfiles(Collection<AccountId> accounts) {
        var result = new LinkedHashMap<AccountId, ProfileSummary>();
        read(accounts).stream().filter(access::maySee).forEach(p -> result.put(p.account(), p));
        return result;
    }

    /**
     * The researcher the signed-in researcher may propose a joint project to: one whose profile they may see, or
     * one with a profile shown to the matcher whom the matcher puts before them. Never themselves; empty, as for a
     * missing account, otherwise. Whether the two countries fit is the project's rule.
     */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public Optional<ProfileSummary> proposalPartner(AccountId account) {
        if (account == null || account.equals(currentUser.require().id())) {
            return Optional.empty();
        }
        return profiles.findByAccountId(account.value()).map(ResearcherProfile::toSummary)
                .filter(p -> access.maySee(p) || (p.proposable() && introducedToMe(p.account())));
    }

    private boolean introducedToMe(AccountId partner) {
        var matcher = introductions.getIfAvailable();
        return matcher != null && matcher.introducedToMe(partner);
    }

    /**
     * Profiles the matcher may propose (see {@link ProfileSummary#proposable()}), by account, whoever may see
     * them: for the matching module's own work — its index, and the partners it puts before a researcher.
     */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public Map<AccountId, ProfileSummary> forMatching(Collection<AccountId> accounts) {
        var result = new LinkedHashMap<AccountId, ProfileSummary>();
        read(accounts).stream().filter(ProfileSummary::proposable).forEach(p -> result.put(p.account(), p));
        return result;
    }

    /** Profiles by account, whoever may see them; for the search index (topics carry their owner's name). */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public Map<AccountId, ProfileSummary> forSearch(Collection<AccountId> accounts) {
        var result = new LinkedHashMap<AccountId, ProfileSummary>();
        read(accounts).forEach(p -> result.put(p.account(), p));
        return result;
    }

    private List<ProfileSummary> read(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        var ids = accounts.stream().map(AccountId::value).distinct().toList();
        var result = new java.util.ArrayList<ProfileSummary>(ids.size());
        // PostgreSQL takes at most 65,535 bind parameters in one statement: never one IN list for "everyone".
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            profiles.findByAccountIdIn(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))).forEach(p ->
                    result.add(p.toSummary()));
        }
        return result;
    }
}

package com.researchbridge.project;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.AccountSummary;
import com.researchbridge.security.CurrentUser;
import com.researchbridge.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint projects: researchers propose them to a researcher of the other country and carry them through;
 * research offices review those involving their institution; administrators see all of them. Who may take
 * which step is decided by {@link JointProject}; this service names the caller and stores the result.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private static final List<ProjectStatus> LIVE = Arrays.stream(ProjectStatus.values()).filter(s -> !s.ended()).toList();

    private final JointProjectRepository projects;
    private final ProjectOutputRepository outputs;
    private final ResearcherProfileService profiles;
    private final InstitutionService institutions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProjectService(JointProjectRepository projects, ProjectOutputRepository outputs, ResearcherProfileService profiles,
                   InstitutionService institutions, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.institutions = institutions;
        this.projects = projects;
        this.outputs = outputs;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The signed-in researcher proposes a joint project to a researcher of the other country who is open to
     * collaboration; refused while a project between the two is still going on. Returns the project's id.
     */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public long propose(AccountId partnerAccount, ProjectForm form) {
        var me = profiles.myProfile().orElseThrow(() -> new ProjectRefused("project.refused.noProfile"));
        // Someone hidden from me is refused as if missing: the answer must not reveal that the account exists.
        var partner = profiles.proposalPartner(partnerAccount).orElseThrow(() -> new ProjectRefused("project.refused.noPartner"));
        if (!crossBorder(me, partner)) {
            throw new ProjectRefused("project.refused.sameCountry");
        }
        if (!partner.openToCollaboration()) {
            throw new ProjectRefused("project.refused.partnerClosed");
        }
        if (projects.existsLiveBetween(me.account().value(), partnerAccount.value(), LIVE)) {
            throw new ProjectRefused("project.refused.alreadyLive");
        }
        var project = projects.save(JointProject.propose(participant(me), participant(partner), form, clock.instant()));
        announce(project, ProjectAction.PROPOSE, null);
        return project.id();
    }

    /**
     * What the proposal form shows the signed-in researcher: the partner and a project with them still going on.
     * Empty, exactly as for an account that does not exist, when the partner is hidden from me, is myself or is of
     * my own country, so that the form cannot be used to find out who is registered.
     */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public Optional<ProposalStart> openProposal(AccountId partnerAccount) {
        var me = profiles.myProfile();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        return profiles.proposalPartner(partnerAccount).filter(partner -> crossBorder(me.get(), partner))
                .map(partner -> new ProposalStart(partner, liveProjectWith(partner.account()).orElse(null)));
    }

    /** One of the two researchers rewrites the title and plan, before the project goes to the offices. */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public void revise(long projectId, ProjectForm form) {
        change(projectId, ProjectAction.REVISE, null, (project, me) -> project.revise(me, form, clock.instant()));
    }

    /**
     * Takes a step: the researchers accept, decline, withdraw, submit, start, complete or cancel; an office
     * approves or rejects for its own institution. Refused when the caller may not take it now.
     */
    @Transactional
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE')")
    public void take(long projectId, ProjectAction action, String comment) {
        change(projectId, action, comment, (project, me) -> project.take(action, me, comment, clock.instant()));
    }

    /** One of the two researchers plans a milestone of their project under way. */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public void planMilestone(long projectId, String title, LocalDate dueOn) {
        change(projectId, ProjectAction.PLAN, null, (project, me) -> project.plan(me, title, dueOn, clock.instant()));
    }

    /** One of the two researchers marks a milestone of their project as reached today. */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public void reachMilestone(long projectId, long milestoneId) {
        change(projectId, ProjectAction.REACH, null,
                (project, me) -> project.reach(me, milestoneId, LocalDate.now(clock), clock.instant()));
    }

    /** One of the two researchers reports an output of their project, under way or completed. */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public void reportOutput(long projectId, OutputForm form) {
        change(projectId, ProjectAction.REPORT, null,
                (project, me) -> project.report(me, form, LocalDate.now(clock), clock.instant()));
    }

    /** How many joint projects (of any stage) each institution takes part in, most first. */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public List<Map.Entry<InstitutionId, Long>> countByInstitution() {
        var counts = new java.util.HashMap<InstitutionId, Long>();
        projects.countByInitiatorInstitution().forEach(r -> counts.merge(new InstitutionId((Long) r[0]), (Long) r[1], Long::sum));
        projects.countByPartnerInstitution().forEach(r -> counts.merge(new InstitutionId((Long) r[0]), (Long) r[1], Long::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<InstitutionId, Long>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().value()))
                .toList();
    }

    /** One of the two researchers removes an output reported by mistake. */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public void retractOutput(long projectId, long outputId) {
        change(projectId, ProjectAction.RETRACT, null, (project, me) -> project.retract(me, outputId, clock.instant()));
    }

    /** Outputs of all joint projects by kind, every kind present (zero when none). */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public Map<OutputKind, Long> countOutputsByKind() {
        var counts = new EnumMap<OutputKind, Long>(OutputKind.class);
        for (OutputKind k : OutputKind.values()) {
            counts.put(k, 0L);
        }
        outputs.countByKind().forEach(row -> counts.put((OutputKind) row[0], (Long) row[1]));
        return counts;
    }

    /** Every output of every joint project, newest first, with its project (the administrator's export). */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ProjectOutputRow> allOutputs() {
        return outputs.findAllWithProjects().stream().map(ProjectOutput::toRow).toList();
    }

    /** A project the caller may see: one of its researchers, an office of its institutions, or an administrator. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public Optional<ProjectDetails> find(long projectId) {
        var me = currentUser.require();
        var actor = actor(me);
        return projects.findWithHistory(projectId).filter(p -> mayView(p, me))
                .map(p -> p.toDetails(actor, LocalDate.now(clock)));
    }

    /** The caller's projects (a researcher's own, an office's institution's, all for an administrator), newest first. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public List<ProjectSummary> list(ProjectScope scope) {
        return list(scope, Pageable.unpaged()).getContent();
    }

    /**
     * One page of the caller's projects in the scope, filtered, sorted and counted by the database. Sortable by
     * {@code title}, {@code status}, {@code createdAt} and {@code updatedAt} (newest first when unsorted); the id
     * breaks ties, so consecutive pages neither overlap nor skip.
     */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public Page<ProjectSummary> list(ProjectScope scope, Pageable pageable) {
        var me = currentUser.require();
        return projects.findAll(ProjectListing.of(me, scope), ProjectListing.ordered(pageable)).map(JointProject::toSummary);
    }

    /** How many of the caller's projects the scope holds. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public long count(ProjectScope scope) {
        return projects.count(ProjectListing.of(currentUser.require(), scope));
    }

    /** The projects a research office or an administrator sees in the given scope, as CSV (see {@link ProjectsCsv}). */
    @AccessExpectation({Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCH_OFFICE', 'ADMIN')")
    public String exportCsv(ProjectScope scope) {
        return ProjectsCsv.write(list(scope), institutions);
    }

    /** How many of the caller's projects wait for the caller's decision (for the home pages). */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE')")
    public long countNeedingMyAction() {
        return count(ProjectScope.NEEDS_ACTION);
    }

    /** The researchers the signed-in researcher has or had a project with, whatever its state (never proposed again). */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public Set<AccountId> myProjectPartners() {
        var me = currentUser.require().id();
        var partners = new HashSet<AccountId>();
        for (JointProject p : projects.findInvolving(me.value())) {
            var other = p.otherThan(me);
            if (other != null) {
                partners.add(other);
            }
        }
        return partners;
    }

    /** The signed-in researcher's project with the given researcher that is still going on, if any. */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public Optional<ProjectSummary> liveProjectWith(AccountId partner) {
        var me = currentUser.require().id();
        return projects.findInvolving(me.value()).stream()
                .filter(p -> !p.status().ended() && partner.equals(p.otherThan(me)))
                .map(JointProject::toSummary).findFirst();
    }

    /** Every pair of researchers who have or had a project together (for the matcher's proposal batch). */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public Set<AccountPair> pairsWithProjects() {
        var pairs = new HashSet<AccountPair>();
        projects.allPairs().forEach(row -> pairs.add(AccountPair.of((Long) row[0], (Long) row[1])));
        return pairs;
    }

    /** Projects by status across both countries, every status present (zero when none). */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public Map<ProjectStatus, Long> countByStatus() {
        var counts = new EnumMap<ProjectStatus, Long>(ProjectStatus.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            counts.put(s, 0L);
        }
        projects.countByStatus().forEach(row -> counts.put((ProjectStatus) row[0], (Long) row[1]));
        return counts;
    }

    private static boolean mayView(JointProject project, AccountSummary me) {
        return switch (me.role()) {
            case RESEARCHER -> project.involves(me.id());
            case RESEARCH_OFFICE -> project.concerns(me.institution());
            case ADMIN -> true;
            default -> false;
        };
    }

    private JointProject load(long projectId) {
        var me = currentUser.require();
        return projects.findWithHistory(projectId).filter(p -> mayView(p, me))
                .orElseThrow(() -> new ProjectRefused("project.refused.notFound"));
    }

    /**
     * Loads a project the caller may see, lets the aggregate take the step as the caller (it refuses what the
     * caller may not do), stores it (a concurrent change makes this fail) and announces the step.
     */
    private void change(long projectId, ProjectAction action, String comment,
                        java.util.function.BiConsumer<JointProject, Actor> step) {
        var project = load(projectId);
        step.accept(project, actor());
        store(project, action, comment);
    }

    private void store(JointProject project, ProjectAction action, String comment) {
        try {
            projects.saveAndFlush(project);
        } catch (ObjectOptimisticLockingFailureException | org.springframework.dao.PessimisticLockingFailureException e) {
            throw new ProjectRefused("project.refused.changedMeanwhile");
        }
        announce(project, action, comment);
    }

    private void announce(JointProject project, ProjectAction action, String comment) {
        var me = currentUser.require();
        var summary = project.toSummary();
        var office = me.role() == Role.RESEARCH_OFFICE ? me.institution() : null;
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        events.publishEvent(new ProjectChanged(project.id(), summary.title(), action, project.status(), me.id(),
                me.fullName(), office, text, account(project.initiatorAccountId()), account(project.partnerAccountId()),
                summary.initiator().institution(), summary.partner().institution(), summary.initiatorReview() != null));
    }

    private static AccountId account(Long id) {
        return id == null ? null : new AccountId(id);
    }

    private Actor actor() {
        return actor(currentUser.require());
    }

    private static Actor actor(AccountSummary me) {
        return new Actor(me.id(), me.fullName(), me.role() == Role.RESEARCH_OFFICE, me.institution());
    }

    private static boolean crossBorder(ProfileSummary a, ProfileSummary b) {
        return (a.country() == Country.KZ && b.country() == Country.CN)
                || (a.country() == Country.CN && b.country() == Country.KZ);
    }

    private static Participant participant(ProfileSummary profile) {
        if (profile.institution() == null) {
            throw new ProjectRefused("project.refused.noInstitution");
        }
        return new Participant(profile.account(), profile.fullName(), profile.institution());
    }
}

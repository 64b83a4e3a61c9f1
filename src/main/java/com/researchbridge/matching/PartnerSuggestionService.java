package com.researchbridge.matching;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.matching.engine.Match;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.project.ProjectService;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.CurrentUser;
import com.researchbridge.security.SystemAuthentication;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Suggested partners from the other country for the signed-in researcher, and dismissing them. */
@Service
@Transactional(readOnly = true)
public class PartnerSuggestionService {

    public static final int MAX_SUGGESTIONS = 50;
    public static final int MAX_COMMENT = 500;

    private final MatchingIndex index;
    private final MatchDismissalRepository dismissals;
    private final MatchProposalRepository proposals;
    private final ResearcherProfileService profiles;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;

    PartnerSuggestionService(MatchingIndex index, MatchDismissalRepository dismissals, MatchProposalRepository proposals,
                             ResearcherProfileService profiles, ProjectService projects, CurrentUser currentUser,
                             Clock clock) {
        this.projects = projects;
        this.index = index;
        this.dismissals = dismissals;
        this.proposals = proposals;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The best partners for me, best first (weak ones, with no specific shared topic, after all others), without
     * those I dismissed or have (or had) a joint project with;
     * reasons in the given UI language.
     * Throws {@link com.researchbridge.base.StillPreparing} while there is no index yet, or its build failed.
     */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public List<PartnerSuggestion> suggestionsForMe(int limit, UiLanguage reader) {
        long me = currentUser.require().id().value();
        var dismissed = new HashSet<String>();
        dismissals.findByAccountId(me).forEach(d -> dismissed.add(String.valueOf(d.partnerAccountId())));
        projects.myProjectPartners().forEach(partner -> dismissed.add(String.valueOf(partner.value())));
        var readerLanguage = TextLanguage.fromCode(reader.code()).orElse(TextLanguage.EN);
        int wanted = Math.min(Math.max(1, limit), MAX_SUGGESTIONS);
        // A few more than wanted: some may have withdrawn since the index was built, and are left out below.
        List<Match> matches = index.ready()
                .topMatches(String.valueOf(me), 2 * wanted + dismissed.size(), readerLanguage).stream()
                .filter(m -> !dismissed.contains(m.id()) && m.score() > 0).toList();
        // The matcher puts these partners before me, whatever their profile's visibility says of other readers
        // (decision 12); read as the system, and only while they are still proposable now: consent, visibility
        // and openness are checked on every read, as the index may not have taken in a change yet.
        var partners = SystemAuthentication.call(() -> profiles.forMatching(
                matches.stream().map(m -> new AccountId(Long.parseLong(m.id()))).toList()));
        var proposed = new HashSet<Long>();
        proposals.findInvolving(me).stream().filter(MatchProposal::isOpen).forEach(p -> proposed.add(p.other(me)));
        var result = new ArrayList<PartnerSuggestion>();
        for (Match m : matches) {
            long partnerId = Long.parseLong(m.id());
            var partner = partners.get(new AccountId(partnerId));
            if (partner != null && result.size() < wanted) {
                result.add(new PartnerSuggestion(partner, m.score(), m.sharedConcepts(), m.commonLanguages(),
                        proposed.contains(partnerId), m.strength(), m.bridges()));
            }
        }
        return result;
    }

    /**
     * Removes a partner from my suggestions for good, and closes a proposal between us. Dismissing twice keeps
     * the first reason.
     */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public void dismiss(AccountId partner, DismissReason reason, String comment) {
        if (reason == null) {
            throw new IllegalArgumentException("A reason is required");
        }
        String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
        if (trimmed != null && trimmed.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("The comment is longer than " + MAX_COMMENT + " characters");
        }
        long me = currentUser.require().id().value();
        if (me == partner.value() || dismissals.existsByAccountIdAndPartnerAccountId(me, partner.value())) {
            return;
        }
        dismissals.save(new MatchDismissal(me, partner.value(), reason, trimmed, clock.instant()));
        proposals.findByAccountLowAndAccountHigh(Math.min(me, partner.value()), Math.max(me, partner.value()))
                .filter(MatchProposal::isOpen).ifPresent(MatchProposal::dismiss);
    }
}

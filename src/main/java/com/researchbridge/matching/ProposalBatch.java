package com.researchbridge.matching;

import com.researchbridge.base.AccountId;
import com.researchbridge.matching.engine.Match;
import com.researchbridge.matching.engine.MatchEngine;
import com.researchbridge.matching.engine.MatchEngines;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.project.AccountPair;
import com.researchbridge.project.ProjectService;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.SystemAuthentication;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns mutual top matches into proposed collaborations: A is among B's best {@code mutualTop} and B among
 * A's, the score reaches the threshold, neither dismissed the other, the pair was never proposed, and neither
 * researcher would have more than {@code perResearcher} open proposals, and the two have no joint project. Strongest pairs first. Runs nightly
 * and on an administrator's demand.
 */
@Component
class ProposalBatch {

    private static final Logger log = LoggerFactory.getLogger(ProposalBatch.class);

    private final MatchingIndex index;
    private final MatchProposalRepository proposals;
    private final MatchDismissalRepository dismissals;
    private final ProjectService projects;
    private final ResearcherProfileService profiles;
    private final Clock clock;
    private final double threshold;
    private final int perResearcher;
    private final int mutualTop;

    ProposalBatch(MatchingIndex index, MatchProposalRepository proposals, MatchDismissalRepository dismissals,
                  ProjectService projects, ResearcherProfileService profiles, Clock clock,
                  @Value("${researchbridge.matching.proposals.threshold:0.08}") double threshold,
                  @Value("${researchbridge.matching.proposals.per-researcher:3}") int perResearcher,
                  @Value("${researchbridge.matching.proposals.mutual-top:5}") int mutualTop) {
        this.index = index;
        this.proposals = proposals;
        this.dismissals = dismissals;
        this.projects = projects;
        this.profiles = profiles;
        this.clock = clock;
        this.threshold = threshold;
        this.perResearcher = perResearcher;
        this.mutualTop = mutualTop;
    }

    @Scheduled(cron = "${researchbridge.matching.proposals.cron:0 30 2 * * *}")
    void nightly() {
        try {
            log.info("Proposal batch: {} new proposals", run());
        } catch (com.researchbridge.base.StillPreparing notReady) {
            log.error("Proposal batch did not run: {}", notReady.getMessage());
        }
    }

    /** Returns the number of new proposals. */
    @Transactional
    int run() {
        MatchEngine matchIndex = index.ready();
        Map<String, List<Match>> tops = new HashMap<>();
        for (String id : matchIndex.ids()) {
            tops.put(id, matchIndex.topMatches(id, mutualTop, TextLanguage.EN));
        }
        var candidates = new java.util.ArrayList<Match[]>();
        var seen = new HashSet<String>();
        tops.forEach((id, matches) -> {
            for (Match m : matches) {
                boolean mutual = tops.getOrDefault(m.id(), List.of()).stream().anyMatch(back -> back.id().equals(id));
                String key = id.compareTo(m.id()) < 0 ? id + "|" + m.id() : m.id() + "|" + id;
                // A weak match (no specific shared topic: only a field, a language or broad concepts) is shown
                // to a researcher last and labelled so, but never proposed to both.
                if (mutual && m.score() >= threshold && m.strength().proposable() && seen.add(key)) {
                    candidates.add(new Match[] {new Match(id, m.score(), List.of(), null, List.of()), m});
                }
            }
        });
        candidates.sort((x, y) -> Double.compare(y[1].score(), x[1].score()));
        Set<AccountPair> inProjects = SystemAuthentication.call(projects::pairsWithProjects);
        // As for suggestions: whoever withdrew consent, hid the profile or closed collaboration since the index
        // was built is not proposed.
        var candidateIds = candidates.stream().flatMap(pair -> java.util.stream.Stream.of(pair[0].id(), pair[1].id()))
                .distinct().map(id -> new AccountId(Long.parseLong(id))).toList();
        Set<AccountId> stillProposable = SystemAuthentication.call(() -> profiles.forMatching(candidateIds)).keySet();
        Map<Long, Integer> open = new HashMap<>();
        int created = 0;
        for (Match[] pair : candidates) {
            long a = Long.parseLong(pair[0].id());
            long b = Long.parseLong(pair[1].id());
            if (!stillProposable.contains(new AccountId(a)) || !stillProposable.contains(new AccountId(b))
                    || inProjects.contains(AccountPair.of(a, b)) || blocked(a, b)
                    || openCount(open, a) >= perResearcher || openCount(open, b) >= perResearcher) {
                continue;
            }
            proposals.save(new MatchProposal(a, b, pair[1].score(), clock.instant()));
            open.merge(a, 1, Integer::sum);
            open.merge(b, 1, Integer::sum);
            created++;
        }
        return created;
    }

    private boolean blocked(long a, long b) {
        return proposals.findByAccountLowAndAccountHigh(Math.min(a, b), Math.max(a, b)).isPresent()
                || dismissals.existsByAccountIdAndPartnerAccountId(a, b)
                || dismissals.existsByAccountIdAndPartnerAccountId(b, a);
    }

    private int openCount(Map<Long, Integer> cache, long account) {
        return cache.computeIfAbsent(account, x -> (int) proposals.findInvolving(account).stream()
                .filter(MatchProposal::isOpen).count());
    }
}

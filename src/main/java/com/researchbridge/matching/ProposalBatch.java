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
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns mutual top matches into proposed collaborations: A is among B's best {@code mutualTop} and B among
 * A's, the score reaches the threshold, neither dismissed the other, the pair was never proposed, and neither
 * researcher would have more than {@code perResearcher} open proposals, and the two have no joint project. Strongest pairs first. Runs nightly
 * and on an administrator's demand.
 *
 * <p>Every node of a cluster schedules the nightly run; a lock in the shared database ({@link #LOCK}, ShedLock)
 * lets one of them run it, in one transaction, and the others skip it. The lock is kept for
 * {@link #NIGHTLY_HELD_AT_LEAST} after a nightly run ends, so a node whose clock is a little behind does not run
 * it again; an administrator's run takes the same lock but releases it at once.
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
    private final LockingTaskExecutor locks;
    private final TransactionTemplate transaction;
    private final AtomicInteger runs = new AtomicInteger();

    static final String LOCK = "proposal-batch";
    /** Far longer than a run takes; a node that dies holding the lock frees it after this. */
    static final Duration HELD_AT_MOST = Duration.ofHours(2);
    static final Duration NIGHTLY_HELD_AT_LEAST = Duration.ofMinutes(5);

    ProposalBatch(MatchingIndex index, MatchProposalRepository proposals, MatchDismissalRepository dismissals,
                  ProjectService projects, ResearcherProfileService profiles, Clock clock,
                  LockingTaskExecutor locks, PlatformTransactionManager transactions,
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
        this.locks = locks;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${researchbridge.matching.proposals.cron:0 30 2 * * *}")
    void nightly() {
        try {
            runOnce(NIGHTLY_HELD_AT_LEAST).ifPresentOrElse(
                    created -> log.info("Proposal batch: {} new proposals", created),
                    () -> log.info("Proposal batch: runs on another node; skipped here"));
        } catch (com.researchbridge.base.StillPreparing notReady) {
            log.error("Proposal batch did not run: {}", notReady.getMessage());
        }
    }

    /** The administrator's run: the same lock, released when done. Empty while another node runs the batch. */
    OptionalInt runNow() {
        return runOnce(Duration.ZERO);
    }

    /**
     * Runs the batch in one transaction if this node gets the cluster-wide lock; empty if another node holds
     * it (or held it less than {@code heldAtLeast} ago).
     */
    OptionalInt runOnce(Duration heldAtLeast) {
        LockingTaskExecutor.TaskResult<Integer> result;
        try {
            result = locks.executeWithLock(() -> transaction.execute(status -> run()),
                    new LockConfiguration(clock.instant(), LOCK, HELD_AT_MOST, heldAtLeast));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.wasExecuted() ? OptionalInt.of(result.getResult()) : OptionalInt.empty();
    }

    /** How many batch runs this node has started (for the administrator's page and tests). */
    int runsStarted() {
        return runs.get();
    }

    /** Returns the number of new proposals. */
    @Transactional
    int run() {
        runs.incrementAndGet();
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

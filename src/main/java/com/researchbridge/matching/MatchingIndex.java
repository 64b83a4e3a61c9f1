package com.researchbridge.matching;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.StillPreparing;
import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.MatchEngine;
import com.researchbridge.matching.engine.MatchEngines;
import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.engine.MatchingWeights;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.researcher.LanguageLevel;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ResearcherProfileChanged;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.publication.PublicationData;
import com.researchbridge.researcher.publication.PublicationService;
import com.researchbridge.security.SystemAuthentication;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The live matching index of the site. Built when the application is ready; after a profile changes, that
 * researcher's entry alone is replaced (on one background thread, in order with full builds), and a full build
 * runs after a vocabulary edit, on an administrator's request, and after many one-by-one updates.
 */
@Component
class MatchingIndex {

    private static final Logger log = LoggerFactory.getLogger(MatchingIndex.class);
    /** One-by-one updates keep the word weights of the last full build; refresh them after this many. */
    static final int FULL_BUILD_AFTER_UPDATES = 2_000;

    private final ResearcherProfileService profiles;
    private final PublicationService publications;
    private final VocabularyStore vocabulary;
    private final FeatureExtractor extractor;
    private final MatchingCorpus corpus;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "matching-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger analysed = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int building;
    private volatile MatchEngine current;
    private volatile IndexStatus status = new IndexStatus(0, null, 0, false, 0, null, null);

    private final MatchingWeights weights;

    /** Off only for commands that start the application to measure something else (bench-search). */
    private final boolean buildOnStart;

    MatchingIndex(ResearcherProfileService profiles, PublicationService publications, MatchingWeights weights,
                  VocabularyStore vocabulary, FeatureExtractor extractor,
                  @org.springframework.beans.factory.annotation.Value("${researchbridge.matching.build-on-start:true}") boolean buildOnStart) {
        this.buildOnStart = buildOnStart;
        this.vocabulary = vocabulary;
        this.extractor = extractor;
        this.profiles = profiles;
        this.publications = publications;
        this.weights = weights;
        this.corpus = new MatchingCorpus(profiles, publications, MatchingCorpus.BATCH);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (buildOnStart) {
            requestRebuild();
        }
    }

    /** Queued updates would only fail against a closed database once the application stops. */
    @jakarta.annotation.PreDestroy
    void stop() {
        builder.shutdownNow();
    }

    /** One researcher changed: their entry is replaced on the builder thread, within a second even at 100,000 profiles. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ResearcherProfileChanged event) {
        changed(event.account());
    }

    /** Replaces one researcher's entry on the builder thread (also for changes committed on another node). */
    void changed(AccountId account) {
        builder.submit(() -> {
            try {
                update(account);
            } catch (RuntimeException e) {
                log.error("Updating the matching index for account {} failed; rebuilding it", account.value(), e);
                requestRebuild();
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(VocabularyStore.VocabularyChanged event) {
        requestRebuild();
    }

    /** Schedules a rebuild unless one is already waiting to start. */
    Future<?> requestRebuild() {
        if (!rebuildPending.compareAndSet(false, true)) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return builder.submit(() -> {
            rebuildPending.set(false);
            try {
                rebuild();
            } catch (RuntimeException | Error e) {
                log.error(current == null ? "Building the matching index failed; there is none until a build succeeds"
                        : "Rebuilding the matching index failed; keeping the previous one", e);
                status = status.withFailure(java.time.Instant.now(), String.valueOf(e));
            }
        });
    }

    private void update(AccountId account) {
        MatchEngine index = current;
        if (index == null) {
            rebuild();
            return;
        }
        MatchProfile changed = SystemAuthentication.call(() -> {
            var profile = profiles.forMatching(List.of(account)).get(account);
            if (profile == null || !profile.proposable()) {
                return null;
            }
            return toMatchProfile(profile, publications.forMatching(List.of(account)).getOrDefault(account, List.of()));
        });
        current = index.withProfile(String.valueOf(account.value()), changed);
        status = new IndexStatus(current.size(), status.builtAt(), status.buildMillis(), false, 1, status.failedAt(),
                status.failure());
        if (current.updatesSinceBuild() >= FULL_BUILD_AFTER_UPDATES) {
            requestRebuild();
        }
    }

    private void rebuild() {
        long start = System.nanoTime();
        analysed.set(0);
        building = 1; // under way from here on, also while the corpus is counted
        building = (int) Math.max(1, Math.min(Integer.MAX_VALUE, corpus.expectedSize()));
        MatchEngine built;
        try {
            built = MatchEngines.exact(extractor, vocabulary.current(), weights).build(corpus, analysed);
        } finally {
            building = 0;
        }
        current = built;
        long millis = (System.nanoTime() - start) / 1_000_000;
        status = new IndexStatus(built.size(), java.time.Instant.now(), millis, false, 1, null, null);
        log.info("Matching index built: {} profiles in {} ms", built.size(), millis);
    }

    /** What the index holds and, while a rebuild runs, how far it is. */
    IndexStatus status() {
        int total = building;
        return total == 0 ? status
                : new IndexStatus(status.profiles(), status.builtAt(), status.buildMillis(), true,
                        Math.min(1, (double) analysed.get() / total), status.failedAt(), status.failure());
    }

    /**
     * Whether this node can answer matching requests: an index is built (or the application was started without
     * one on purpose). The load balancer's readiness check asks this before sending users here.
     */
    boolean serving() {
        return current != null || !buildOnStart;
    }

    /** Waits for scheduled rebuilds to finish (for tests and the admin's "rebuild now"). */
    void awaitRebuilds() throws Exception {
        builder.submit(() -> { }).get();
    }

    /**
     * The current index; the very first request after start waits (up to 30 s) for the first build. When there is
     * still no index, says why instead of answering as if nobody matched: still being built, or the build failed.
     */
    MatchEngine ready() {
        if (current == null && status.failed() && building == 0 && !rebuildPending.get()) {
            // Not rebuilt from a reader's page (a retry already under way is waited for below): at 100,000
            // profiles a build is a minute's work, and the administrator sees the failure and retries.
            throw new StillPreparing(StillPreparing.Reason.FAILED, "The matching index");
        }
        if (current == null) {
            try {
                requestRebuild();
                builder.submit(() -> { }).get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                log.warn("The matching index is not ready yet");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        var index = current;
        if (index == null) {
            throw new StillPreparing(status.failed() ? StillPreparing.Reason.FAILED : StillPreparing.Reason.PREPARING,
                    "The matching index");
        }
        return index;
    }

    static MatchProfile toMatchProfile(ProfileSummary p) {
        return toMatchProfile(p, List.of());
    }

    static MatchProfile toMatchProfile(ProfileSummary p, List<PublicationData> papers) {
        return new MatchProfile(String.valueOf(p.account().value()), p.country().name(),
                TextLanguage.fromCode(p.summaryLanguage()).orElse(null), p.fullName(), null, p.summary(), p.keywords(),
                p.summaryEn(), List.of(),
                papers.stream().map(d -> new MatchProfile.Publication(d.title(), d.abstractText(), d.year())).toList(),
                p.fields().stream().map(f -> f.code()).collect(java.util.stream.Collectors.toSet()),
                p.spokenLanguages().stream().filter(l -> l.level() != LanguageLevel.BASIC)
                        .flatMap(l -> TextLanguage.fromCode(l.language()).stream())
                        .collect(java.util.stream.Collectors.toSet()),
                p.otherSummaries().stream().flatMap(v -> TextLanguage.fromCode(v.language()).stream()
                        .map(language -> new MatchProfile.Version(language, v.text()))).toList());
    }
}

package com.researchbridge.search;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.StillPreparing;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.matching.TextAnalyser;
import com.researchbridge.matching.VocabularyEdited;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ResearcherProfileChanged;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.publication.PublicationService;
import com.researchbridge.researcher.topic.TopicChanged;
import com.researchbridge.researcher.topic.TopicService;
import com.researchbridge.search.index.PartnerSearchIndex;
import com.researchbridge.security.SystemAuthentication;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the partner search index of the site: built once in the background when the application is ready
 * (reading profiles and topics in batches), then updated per researcher as profiles, publications and topics
 * change: that researcher's entries are replaced, nothing else is touched. Changes that arrive during the
 * build are applied right after it; a change is searchable when its event listener returns.
 */
@Component
class PartnerSearchIndexer {

    static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(PartnerSearchIndexer.class);

    /** Index statistics of the full build. */
    record BuildStats(int profiles, int topics, long millis) {
    }

    private final ResearcherProfileService profiles;
    private final PublicationService publications;
    private final TopicService topics;
    private final InstitutionService institutions;
    private final TextAnalyser analyser;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<BuildStats> built = new CompletableFuture<>();
    private final Set<AccountId> pending = ConcurrentHashMap.newKeySet();
    private final Object updates = new Object();
    private volatile PartnerSearchIndex index;
    private volatile SearchEntries entries;
    private final Object rebuildLock = new Object();
    private volatile boolean rebuilding;
    private volatile CompletableFuture<Void> rebuilt = CompletableFuture.completedFuture(null);

    PartnerSearchIndexer(ResearcherProfileService profiles, PublicationService publications, TopicService topics,
                         InstitutionService institutions, TextAnalyser analyser) {
        this.profiles = profiles;
        this.publications = publications;
        this.topics = topics;
        this.institutions = institutions;
        this.analyser = analyser;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        startBuild();
    }

    /** Starts the one full build on a background thread, unless it has started already. */
    CompletableFuture<BuildStats> startBuild() {
        if (started.compareAndSet(false, true)) {
            var thread = new Thread(() -> {
                try {
                    built.complete(build());
                } catch (RuntimeException | Error e) {
                    log.error("Building the partner search index failed", e);
                    built.completeExceptionally(e);
                }
            }, "search-index");
            thread.setDaemon(true);
            thread.start();
        }
        return built;
    }

    /** The index; the first searches after start wait for the build (at most a minute). */
    PartnerSearchIndex index() {
        try {
            startBuild().get(60, TimeUnit.SECONDS);
            return index;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the search index was being built", e);
        } catch (TimeoutException e) {
            throw new StillPreparing(StillPreparing.Reason.PREPARING,
                    "The partner search index");
        } catch (ExecutionException e) {
            throw new StillPreparing(StillPreparing.Reason.FAILED,
                    "The partner search index");
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResearcherProfileChanged event) {
        changed(event.account());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TopicChanged event) {
        changed(event.owner());
    }

    /**
     * Every entry was read with the old vocabulary: build a new index in the background and swap it in; the
     * old one answers meanwhile, and changes that arrive during the rebuild are applied after the swap.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(VocabularyEdited event) {
        rebuildWithNewVocabulary();
    }

    /**
     * Another node committed a change: its profile or topic entries are re-read; after its vocabulary edit (which
     * the matching module has reloaded here first) the index is rebuilt.
     */
    @EventListener
    @org.springframework.core.annotation.Order(100)
    void on(com.researchbridge.cluster.RemoteChange change) {
        switch (change.kind()) {
            case PROFILE, TOPIC -> changed(new AccountId(change.ref()));
            case VOCABULARY -> rebuildWithNewVocabulary();
        }
    }

    private void rebuildWithNewVocabulary() {
        var done = new CompletableFuture<Void>();
        rebuilt = done;
        var thread = new Thread(() -> {
            synchronized (rebuildLock) {
                rebuilding = true;
                try {
                    startBuild().join();
                    build();
                } catch (RuntimeException e) {
                    log.error("Rebuilding the partner search index after a vocabulary edit failed; keeping the old one", e);
                } finally {
                    rebuilding = false;
                    applyPending();
                    done.complete(null);
                }
            }
        }, "search-index-rebuild");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the first full build has finished, so that searches are answered from a complete index. */
    boolean serving() {
        return built.isDone() && !built.isCompletedExceptionally();
    }

    /** Completes when the rebuild after the latest vocabulary edit is done (for tests). */
    CompletableFuture<Void> rebuiltAfterVocabularyEdit() {
        return rebuilt;
    }

    private void changed(AccountId account) {
        pending.add(account);
        if (built.isDone() && !built.isCompletedExceptionally() && !rebuilding) {
            applyPending();
        }
    }

    private BuildStats build() {
        long start = System.nanoTime();
        var byId = new HashMap<Long, InstitutionSummary>();
        for (Country country : Country.values()) {
            institutions.listByCountry(country).forEach(i -> byId.put(i.id().value(), i));
        }
        var entries = new SearchEntries(analyser, Map.copyOf(byId));
        var index = new PartnerSearchIndex(analyser);
        var owners = new HashMap<Long, SearchEntries.Owner>();
        int profileCount = 0;
        long after = 0;
        List<ProfileSummary> batch;
        while (!(batch = SystemAuthentication.call(profileBatch(after))).isEmpty()) {
            after = batch.getLast().account().value();
            var searchable = batch.stream().filter(SearchEntries::searchable).toList();
            var papers = SystemAuthentication.call(() -> publications.forMatching(
                    searchable.stream().map(ProfileSummary::account).toList()));
            index.addAll(searchable.parallelStream().map(p -> entries.profile(p, papers.getOrDefault(p.account(), List.of()))).toList());
            batch.forEach(p -> owners.put(p.account().value(), SearchEntries.Owner.of(p)));
            profileCount += searchable.size();
        }
        int topicCount = 0;
        long afterTopic = 0;
        List<com.researchbridge.researcher.topic.TopicSummary> topicBatch;
        while (!(topicBatch = SystemAuthentication.call(topicBatch(afterTopic))).isEmpty()) {
            afterTopic = topicBatch.getLast().id();
            var searchable = topicBatch.stream().filter(t -> SearchEntries.searchable(owners.get(t.owner().value()))).toList();
            index.addAll(searchable.parallelStream().map(t -> entries.topic(t, owners.get(t.owner().value()))).toList());
            topicCount += searchable.size();
        }
        index.refresh();
        this.entries = entries;
        this.index = index;
        var stats = new BuildStats(profileCount, topicCount, (System.nanoTime() - start) / 1_000_000);
        log.info("Partner search index built: {} profiles, {} topics in {} ms", stats.profiles(), stats.topics(), stats.millis());
        built.complete(stats); // changes that arrived meanwhile are applied now, before the index is handed out
        if (!rebuilding) {
            applyPending();
        }
        return stats;
    }

    private java.util.function.Supplier<List<ProfileSummary>> profileBatch(long after) {
        return () -> profiles.nextForSearch(after, BATCH);
    }

    private java.util.function.Supplier<List<com.researchbridge.researcher.topic.TopicSummary>> topicBatch(long after) {
        return () -> topics.nextForSearch(after, BATCH);
    }

    /** Replaces the entries of every researcher with pending changes: their profile and their topics. */
    private void applyPending() {
        synchronized (updates) {
            if (pending.isEmpty()) {
                return;
            }
            for (var it = pending.iterator(); it.hasNext(); ) {
                var account = it.next();
                it.remove();
                update(account);
            }
            index.refresh();
        }
    }

    private void update(AccountId account) {
        String id = String.valueOf(account.value());
        var profile = SystemAuthentication.call(() -> profiles.forSearch(account));
        if (profile.isPresent() && SearchEntries.searchable(profile.get())) {
            var papers = SystemAuthentication.call(() -> publications.forMatching(List.of(account)));
            index.put(entries.profile(profile.get(), papers.getOrDefault(account, List.of())));
        } else {
            index.remove(SearchEntries.PROFILE, id);
        }
        index.removeWhere(SearchEntries.TOPIC, SearchEntries.OWNER, id);
        var owner = profile.map(SearchEntries.Owner::of).orElse(null);
        if (SearchEntries.searchable(owner)) {
            SystemAuthentication.call(() -> topics.forSearch(account)).forEach(t -> index.put(entries.topic(t, owner)));
        }
    }
}

package com.researchbridge.matching;

import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.publication.PublicationService;
import com.researchbridge.security.SystemAuthentication;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The profiles the matcher may use, with their publications, read from the database batch by batch while the
 * engine consumes them: a build never asks for every profile with every abstract in one go, and no statement
 * names more accounts than one batch (PostgreSQL refuses more than 65,535 bind parameters). Each iteration reads
 * the database afresh, in account order (keyset paging, like the search index).
 */
final class MatchingCorpus implements Iterable<MatchProfile> {

    static final int BATCH = 2_000;

    private final ResearcherProfileService profiles;
    private final PublicationService publications;
    private final int batchSize;

    MatchingCorpus(ResearcherProfileService profiles, PublicationService publications, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize);
        }
        this.profiles = profiles;
        this.publications = publications;
        this.batchSize = batchSize;
    }

    /** How many profiles an iteration will read, as far as the database knows now (for progress only). */
    long expectedSize() {
        return SystemAuthentication.call(profiles::countForMatching);
    }

    @Override
    public Iterator<MatchProfile> iterator() {
        return new Batches();
    }

    private final class Batches implements Iterator<MatchProfile> {

        private long after;
        private boolean lastBatchRead;
        private Iterator<MatchProfile> batch = Collections.emptyIterator();

        @Override
        public boolean hasNext() {
            while (!batch.hasNext() && !lastBatchRead) {
                batch = readNextBatch().iterator();
            }
            return batch.hasNext();
        }

        @Override
        public MatchProfile next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.next();
        }

        private List<MatchProfile> readNextBatch() {
            long from = after;
            List<ProfileSummary> page = SystemAuthentication.call(() -> profiles.nextForMatching(from, batchSize));
            lastBatchRead = page.size() < batchSize;
            if (page.isEmpty()) {
                return List.of();
            }
            after = page.getLast().account().value();
            var papers = SystemAuthentication.call(() -> publications.forMatching(
                    page.stream().map(ProfileSummary::account).toList()));
            return page.stream().map(p -> MatchingIndex.toMatchProfile(p, papers.getOrDefault(p.account(), List.of())))
                    .toList();
        }
    }
}

package com.researchbridge.researcher.topic;

import com.researchbridge.base.AccountId;
import java.util.List;

/**
 * Finds researchers who fit a topic: the matching module implements it (the researcher module does not
 * depend on matching). Partners come from the other country than the topic's owner.
 */
public interface TopicPartnerFinder {

    /** A fitting researcher with the concepts shared with the topic, labelled in the reader's language. */
    record Fit(AccountId researcher, double score, List<String> sharedConcepts) {
    }

    List<Fit> partnersFor(TopicSummary topic, String ownerCountry, String readerLanguage, int limit);
}

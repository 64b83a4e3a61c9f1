package com.researchbridge.researcher.topic;

import com.researchbridge.base.AccountId;

/** Published when a researcher says they are interested in someone's collaboration topic (the first time only). */
public record TopicInterestExpressed(long topicId, String topicTitle, AccountId owner, AccountId interested,
                                     String interestedName) {
}

package com.researchbridge.researcher.topic;

import com.researchbridge.base.AccountId;

/** Published when a collaboration topic is posted or changed; the search index updates that topic. */
public record TopicChanged(long topic, AccountId owner) {
}

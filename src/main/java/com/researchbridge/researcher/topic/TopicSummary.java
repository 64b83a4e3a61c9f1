package com.researchbridge.researcher.topic;

import com.researchbridge.base.AccountId;
import com.researchbridge.researcher.ResearchField;
import java.time.LocalDate;
import java.util.List;

/** A collaboration topic as views and other modules read it. */
public record TopicSummary(long id, AccountId owner, String ownerName, String title, String description,
                           String descriptionLanguage, TopicKind kind, ResearchField field, List<String> keywords,
                           LocalDate closesOn, long interested, boolean interestedByMe) {
}

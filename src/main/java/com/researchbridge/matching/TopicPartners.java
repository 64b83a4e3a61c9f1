package com.researchbridge.matching;

import com.researchbridge.base.AccountId;
import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.researcher.topic.TopicPartnerFinder;
import com.researchbridge.researcher.topic.TopicSummary;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Partners for a collaboration topic: the topic's text matched against the index like a profile. */
@Component
class TopicPartners implements TopicPartnerFinder {

    private final MatchingIndex index;

    TopicPartners(MatchingIndex index) {
        this.index = index;
    }

    @Override
    public List<Fit> partnersFor(TopicSummary topic, String ownerCountry, String readerLanguage, int limit) {
        var query = new MatchProfile("topic:" + topic.id(), ownerCountry,
                TextLanguage.fromCode(topic.descriptionLanguage()).orElse(null), null, null,
                topic.title() + "\n" + topic.description(), topic.keywords(), null, List.of(), List.of(),
                topic.field() == null ? Set.of() : Set.of(topic.field().code()), Set.of());
        var reader = TextLanguage.fromCode(readerLanguage).orElse(TextLanguage.EN);
        return index.ready().topMatchesFor(query, limit, reader).stream()
                .filter(m -> m.score() > 0 && !m.id().equals(String.valueOf(topic.owner().value())))
                .map(m -> new Fit(new AccountId(Long.parseLong(m.id())), m.score(), m.sharedConcepts()))
                .toList();
    }
}

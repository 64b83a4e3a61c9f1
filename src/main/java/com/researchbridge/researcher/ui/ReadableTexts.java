package com.researchbridge.researcher.ui;

import com.researchbridge.base.KeyTopicReader.Source;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.publication.PublicationData;
import com.researchbridge.researcher.topic.TopicSummary;
import java.util.ArrayList;
import java.util.List;

/** The texts whose concepts make a profile's or a topic's key topics: what the matcher reads of them too. */
final class ReadableTexts {

    private ReadableTexts() {
    }

    /** Every summary version (the keywords with the main one), and the publications' titles. */
    static List<Source> of(ProfileSummary profile, List<PublicationData> publications) {
        var texts = new ArrayList<Source>();
        boolean first = true;
        for (var version : profile.summaries()) {
            texts.add(new Source(version.language(), version.text(), first ? profile.keywords() : List.of()));
            first = false;
        }
        if (profile.summaries().isEmpty() && !profile.keywords().isEmpty()) {
            texts.add(new Source(null, "", profile.keywords()));
        }
        publications.forEach(d -> texts.add(Source.of(null, d.title())));
        return texts;
    }

    static List<Source> of(TopicSummary topic) {
        return List.of(Source.of(null, topic.title()),
                new Source(topic.descriptionLanguage(), topic.description(), topic.keywords()));
    }
}

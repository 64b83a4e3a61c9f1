package com.researchbridge.researcher;

import com.researchbridge.researcher.publication.PublicationData;
import com.researchbridge.researcher.topic.TopicSummary;
import java.util.List;

/** What a researcher's profile page shows: the profile, publications (newest first) and open topics. */
public record ProfilePage(ProfileSummary profile, List<PublicationData> publications, List<TopicSummary> openTopics) {
}

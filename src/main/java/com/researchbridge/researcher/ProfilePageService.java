package com.researchbridge.researcher;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.researcher.publication.PublicationService;
import com.researchbridge.researcher.topic.TopicService;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A researcher's profile page, shown only to those the profile's visibility allows (see
 * {@link ProfileVisibility#visibleTo}); to everyone else it does not exist, so nothing of it leaks.
 */
@Service
@Transactional(readOnly = true)
public class ProfilePageService {

    private final ResearcherProfileRepository profiles;
    private final ProfileAccess access;
    private final PublicationService publications;
    private final TopicService topics;

    ProfilePageService(ResearcherProfileRepository profiles, ProfileAccess access, PublicationService publications,
                       TopicService topics) {
        this.profiles = profiles;
        this.access = access;
        this.publications = publications;
        this.topics = topics;
    }

    /** The page of that researcher, or empty when there is none or the signed-in user may not see it. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public Optional<ProfilePage> open(AccountId account) {
        if (!access.maySee(account)) {
            return Optional.empty();
        }
        return profiles.findByAccountId(account.value()).map(p -> new ProfilePage(p.toSummary(),
                publications.of(account), topics.openTopicsOf(account)));
    }
}

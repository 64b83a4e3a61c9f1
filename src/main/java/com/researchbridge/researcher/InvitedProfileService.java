package com.researchbridge.researcher;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.base.OrcidId;
import com.researchbridge.security.CurrentUser;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A research office fills in what it knows of researchers it invited (position, field, ORCID iD). */
@Service
public class InvitedProfileService {

    private final ResearcherProfileRepository profiles;
    private final CurrentUser currentUser;
    private final Clock clock;

    InvitedProfileService(ResearcherProfileRepository profiles, CurrentUser currentUser, Clock clock) {
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Only for profiles of the office's own institution; joins the caller's transaction. */
    @Transactional
    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public void describeInvited(AccountId account, String positionTitle, ResearchField field, OrcidId orcid) {
        var profile = profiles.findByAccountId(account.value())
                .filter(p -> p.toSummary().institution().equals(currentUser.require().institution()))
                .orElseThrow(() -> new AccessDeniedException("Not a researcher of your institution"));
        String position = positionTitle == null || positionTitle.isBlank() ? null : positionTitle.strip();
        profile.describeOnInvitation(position, field, orcid == null ? null : orcid.value(), clock.instant());
    }
}

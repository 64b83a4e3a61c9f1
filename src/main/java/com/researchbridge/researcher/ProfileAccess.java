package com.researchbridge.researcher;

import com.researchbridge.base.AccountId;
import com.researchbridge.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the signed-in user may see a researcher's profile and what hangs off it (publications), by the
 * profile's visibility. Used in {@code @PreAuthorize} expressions as {@code @profileAccess.maySee(#account)}.
 */
@Component("profileAccess")
public class ProfileAccess {

    private final ResearcherProfileRepository profiles;
    private final CurrentUser currentUser;

    ProfileAccess(ResearcherProfileRepository profiles, CurrentUser currentUser) {
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public boolean maySee(AccountId account) {
        var viewer = currentUser.get();
        if (viewer.isEmpty() || account == null) {
            return false;
        }
        return profiles.findByAccountId(account.value()).map(p -> maySee(p.toSummary())).orElse(false);
    }

    /** The rule for a profile already read: its visibility, for the signed-in user's role, or their own. */
    boolean maySee(ProfileSummary profile) {
        var viewer = currentUser.get();
        return viewer.isPresent() && profile.visibility().visibleTo(viewer.get().role(), viewer.get().id().equals(profile.account()));
    }
}

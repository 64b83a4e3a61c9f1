package com.researchbridge.testsupport;

import com.researchbridge.researcher.ProfileForm;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import java.util.function.UnaryOperator;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Edits of the signed-in researcher's own profile through the real service; one place builds forms. */
public final class ProfileEdits {

    private ProfileEdits() {
    }

    public static ProfileSummary edit(ResearcherProfileService profiles, UnaryOperator<ProfileForm> change) {
        return profiles.updateMyProfile(change.apply(ProfileForm.of(profiles.myProfile().orElseThrow())));
    }

    public static UnaryOperator<ProfileForm> summary(String summary, String language) {
        return f -> new ProfileForm(f.fullNameLatin(), f.positionTitle(), f.fields(),
                java.util.List.of(new com.researchbridge.researcher.SummaryVersion(language, summary)), f.spokenLanguages(),
                f.keywords(), f.orcid(), f.homepage(), f.visibility(), f.openToCollaboration(), f.matchingConsent());
    }

    public static UnaryOperator<ProfileForm> visibility(ProfileVisibility visibility) {
        return f -> new ProfileForm(f.fullNameLatin(), f.positionTitle(), f.fields(), f.summaries(), f.spokenLanguages(),
                f.keywords(), f.orcid(), f.homepage(), visibility, f.openToCollaboration(), f.matchingConsent());
    }

    public static UnaryOperator<ProfileForm> fieldsAndSummaries(java.util.List<com.researchbridge.researcher.ResearchField> fields,
                                                                java.util.List<com.researchbridge.researcher.SummaryVersion> summaries) {
        return f -> new ProfileForm(f.fullNameLatin(), f.positionTitle(), fields, summaries, f.spokenLanguages(),
                f.keywords(), f.orcid(), f.homepage(), f.visibility(), f.openToCollaboration(), f.matchingConsent());
    }

    public static UnaryOperator<ProfileForm> matchingConsent(boolean consent) {
        return f -> new ProfileForm(f.fullNameLatin(), f.positionTitle(), f.fields(), f.summaries(), f.spokenLanguages(),
                f.keywords(), f.orcid(), f.homepage(), f.visibility(), f.openToCollaboration(), consent);
    }

    /** Runs the check while the researcher's profile has the given visibility, then makes it visible to all again. */
    public static void withVisibility(UserDetailsService users, ResearcherProfileService profiles, String email,
                                      ProfileVisibility visibility, Runnable check) {
        RunAs.user(users, email, () -> edit(profiles, visibility(visibility)));
        try {
            check.run();
        } finally {
            RunAs.user(users, email, () -> edit(profiles, visibility(ProfileVisibility.SIGNED_IN)));
        }
    }
}

package com.researchbridge.researcher;

import java.util.List;

/** What a researcher edits on their profile. */
public record ProfileForm(String fullNameLatin, String positionTitle, ResearchField field, String summary,
                          String summaryLanguage, String summaryEn, List<String> keywords, String orcid,
                          String homepage, ProfileVisibility visibility, boolean openToCollaboration,
                          boolean matchingConsent) {

    public ProfileForm {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public static ProfileForm of(ProfileSummary p) {
        return new ProfileForm(p.fullNameLatin(), p.positionTitle(), p.field(), p.summary(), p.summaryLanguage(),
                p.summaryEn(), p.keywords(), p.orcid(), p.homepage(), p.visibility(), p.openToCollaboration(),
                p.matchingConsent());
    }
}

package com.researchbridge.researcher;

import java.util.List;

/**
 * What a researcher edits on their profile.
 *
 * @param fields fields of research, the main one first
 * @param summaries the summary's language versions, the main one first
 */
public record ProfileForm(String fullNameLatin, String positionTitle, List<ResearchField> fields,
                          List<SummaryVersion> summaries, List<SpokenLanguage> spokenLanguages, List<String> keywords,
                          String orcid, String homepage, ProfileVisibility visibility, boolean openToCollaboration,
                          boolean matchingConsent) {

    public ProfileForm {
        fields = fields == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fields));
        summaries = summaries == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(summaries));
        spokenLanguages = spokenLanguages == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(spokenLanguages));
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public static ProfileForm of(ProfileSummary p) {
        return new ProfileForm(p.fullNameLatin(), p.positionTitle(), p.fields(), p.summaries(), p.spokenLanguages(),
                p.keywords(), p.orcid(), p.homepage(), p.visibility(), p.openToCollaboration(), p.matchingConsent());
    }
}

package com.researchbridge.researcher;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What a researcher says about themselves. Created when the researcher registers. */
@Entity
@Table(name = "researcher_profile")
class ResearcherProfile {

    static final String KEYWORD_SEPARATOR = ";";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, unique = true)
    private long accountId;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "country", nullable = false, length = 2)
    private Country country;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "position_title", length = 200)
    private String positionTitle;

    @ElementCollection
    @CollectionTable(name = "researcher_field", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "field_code", nullable = false, length = 10)
    private List<String> fieldCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "researcher_summary", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "list_index")
    private List<ProfileCollections.StoredSummary> summaries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "researcher_language", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "list_index")
    private List<ProfileCollections.StoredLanguage> spokenLanguages = new ArrayList<>();

    @Column(name = "keywords", length = 2000)
    private String keywords;

    @Column(name = "full_name_latin", length = 200)
    private String fullNameLatin;

    @Column(name = "orcid", length = 19)
    private String orcid;

    @Column(name = "homepage", length = 300)
    private String homepage;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private ProfileVisibility visibility = ProfileVisibility.SIGNED_IN;

    @Column(name = "open_to_collaboration", nullable = false)
    private boolean openToCollaboration = true;

    @Column(name = "matching_consent", nullable = false)
    private boolean matchingConsent = true;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ResearcherProfile() {
    }

    ResearcherProfile(AccountId account, String fullName, Country country, InstitutionId institution, Instant now) {
        this.accountId = account.value();
        this.fullName = fullName;
        this.country = country;
        this.institutionId = institution.value();
        this.updatedAt = now;
    }

    void describe(String positionTitle, List<ResearchField> fields, List<SummaryVersion> summaries,
                  List<SpokenLanguage> spokenLanguages, List<String> keywords, Instant now) {
        this.positionTitle = Position.normalise(positionTitle);
        replace(this.fieldCodes, fields.stream().map(ResearchField::code).toList());
        replace(this.summaries, summaries.stream().map(ProfileCollections.StoredSummary::new).toList());
        replace(this.spokenLanguages, spokenLanguages.stream().map(ProfileCollections.StoredLanguage::new).toList());
        this.keywords = keywords == null ? null : String.join(KEYWORD_SEPARATOR, keywords);
        this.updatedAt = now;
    }

    /** The researcher's own edit; the form was validated by the service. */
    void edit(ProfileForm form, Instant now) {
        this.fullNameLatin = form.fullNameLatin();
        this.orcid = form.orcid();
        this.homepage = form.homepage();
        this.visibility = form.visibility();
        this.openToCollaboration = form.openToCollaboration();
        this.matchingConsent = form.matchingConsent();
        describe(form.positionTitle(), form.fields(), form.summaries(), form.spokenLanguages(), form.keywords(), now);
    }

    /**
     * What a research office knows about a researcher it invites; the researcher completes the rest. Consent to
     * matching is the researcher's own to give, so it stays off until they turn it on in their profile.
     */
    void describeOnInvitation(String positionTitle, ResearchField field, String orcid, Instant now) {
        this.matchingConsent = false;
        this.positionTitle = Position.normalise(positionTitle);
        replace(this.fieldCodes, field == null ? List.of() : List.of(field.code()));
        this.orcid = orcid;
        this.updatedAt = now;
    }

    /** Replaces the rows of one side table, in the given order. */
    private static <T> void replace(List<T> list, List<T> with) {
        list.clear();
        list.addAll(with);
    }

    ProfileSummary toSummary() {
        return new ProfileSummary(new AccountId(accountId), fullName, country, new InstitutionId(institutionId),
                positionTitle, fieldCodes.stream().flatMap(c -> ResearchField.fromCode(c).stream()).toList(),
                summaries.stream().map(ProfileCollections.StoredSummary::toVersion).toList(),
                spokenLanguages.stream().map(ProfileCollections.StoredLanguage::toSpokenLanguage).toList(),
                keywords == null || keywords.isBlank() ? List.of()
                        : Arrays.stream(keywords.split(KEYWORD_SEPARATOR)).map(String::strip).toList(),
                updatedAt, fullNameLatin, orcid, homepage, visibility, openToCollaboration, matchingConsent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResearcherProfile other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ResearcherProfile.class.hashCode();
    }
}

package com.researchbridge.search;

import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.matching.AnalysedText;
import com.researchbridge.matching.TextAnalyser;
import com.researchbridge.researcher.LanguageLevel;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.SpokenLanguage;
import com.researchbridge.researcher.publication.PublicationData;
import com.researchbridge.researcher.topic.TopicSummary;
import com.researchbridge.search.index.PartnerSearchIndex.Entry;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns profiles and topics into search index entries: their text, and their values for each filter. */
final class SearchEntries {

    static final String PROFILE = "profile";
    static final String TOPIC = "topic";
    static final String VISIBILITY = "visibility";
    static final String OWNER = "owner";

    /** What a topic takes from its owner's profile: where the owner works, and who may see it. */
    record Owner(String name, String country, long institution, String field, ProfileVisibility visibility) {
        static Owner of(ProfileSummary p) {
            return new Owner(p.fullName() + (p.fullNameLatin() == null ? "" : " " + p.fullNameLatin()), p.country().name(),
                    p.institution().value(), p.field() == null ? null : p.field().code(), p.visibility());
        }
    }

    private final TextAnalyser analyser;
    private final Map<Long, InstitutionSummary> institutions;

    SearchEntries(TextAnalyser analyser, Map<Long, InstitutionSummary> institutions) {
        this.analyser = analyser;
        this.institutions = institutions;
    }

    /** Hidden profiles ({@code NOBODY}) are never indexed. */
    static boolean searchable(ProfileSummary p) {
        return p.visibility() != ProfileVisibility.NOBODY;
    }

    /** A topic is indexed when its owner's profile is: topics of hidden or missing profiles are found by nobody. */
    static boolean searchable(Owner owner) {
        return owner != null && owner.visibility() != ProfileVisibility.NOBODY;
    }

    Entry profile(ProfileSummary p, List<PublicationData> publications) {
        var institution = institutions.get(p.institution().value());
        var filters = filters(p.country().name(), p.institution().value(), p.field() == null ? null : p.field().code());
        filters.put(SearchFilter.FIELD.indexField(), p.fields().stream().map(f -> f.code()).toList());
        filters.put(SearchFilter.OPEN.indexField(), List.of(String.valueOf(p.openToCollaboration())));
        filters.put(SearchFilter.LANGUAGE.indexField(), p.spokenLanguages().stream()
                .filter(l -> l.level() != LanguageLevel.BASIC).map(SpokenLanguage::language).toList());
        filters.put(VISIBILITY, List.of(p.visibility().name()));
        var text = merged(analyser.profile(p, publications),
                analyser.text(String.join(" ", p.fullName(), p.fullNameLatin() == null ? "" : p.fullNameLatin(),
                        institution == null ? "" : institutionText(institution))));
        return new Entry(PROFILE, String.valueOf(p.account().value()), filters, Long.MAX_VALUE, text);
    }

    /**
     * A topic is found while it is open by those who may see its owner's profile (its visibility is the owner's);
     * filters apply to where the owner works. Only for a {@link #searchable(Owner)} owner.
     */
    Entry topic(TopicSummary t, Owner owner) {
        var filters = filters(owner.country(), owner.institution(), t.field() != null ? t.field().code() : owner.field());
        filters.put(SearchFilter.OPEN.indexField(), List.of("true"));
        if (t.descriptionLanguage() != null) {
            filters.put(SearchFilter.LANGUAGE.indexField(), List.of(t.descriptionLanguage()));
        }
        filters.put(VISIBILITY, List.of(owner.visibility().name()));
        filters.put(OWNER, List.of(String.valueOf(t.owner().value())));
        var text = merged(analyser.document(t.descriptionLanguage(), t.title() + "\n" + t.title() + "\n" + t.description(),
                t.keywords()), analyser.text(owner.name()));
        return new Entry(TOPIC, String.valueOf(t.id()), filters,
                t.closesOn() == null ? Long.MAX_VALUE : t.closesOn().toEpochDay(), text);
    }

    private Map<String, List<String>> filters(String country, long institutionId, String field) {
        var filters = new HashMap<String, List<String>>();
        var values = new EnumMap<SearchFilter, String>(SearchFilter.class);
        values.put(SearchFilter.COUNTRY, country);
        values.put(SearchFilter.FIELD, field);
        var institution = institutions.get(institutionId);
        if (institution != null) {
            values.put(SearchFilter.INSTITUTION, String.valueOf(institutionId));
            values.put(SearchFilter.CITY, institution.cityEn());
        }
        values.forEach((filter, value) -> {
            if (value != null) {
                filters.put(filter.indexField(), List.of(value));
            }
        });
        return filters;
    }

    /** The institution's names and city in every script they are written in, so all can be searched. */
    private static String institutionText(InstitutionSummary i) {
        return String.join(" ", i.nameNative(), i.nameEn(), i.nameRu() == null ? "" : i.nameRu(), i.cityNative(), i.cityEn());
    }

    private static AnalysedText merged(AnalysedText a, AnalysedText b) {
        var terms = new HashMap<>(a.terms());
        b.terms().forEach((t, w) -> terms.merge(t, w, Float::sum));
        var concepts = new HashMap<>(a.concepts());
        b.concepts().forEach((c, w) -> concepts.merge(c, w, Float::sum));
        return new AnalysedText(terms, concepts);
    }
}

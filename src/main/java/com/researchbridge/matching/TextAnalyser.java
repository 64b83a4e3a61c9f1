package com.researchbridge.matching;

import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.Features;
import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.publication.PublicationData;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The matcher's text analysis for other modules' indexes (partner search): the same per-language chains and
 * the same vocabulary as matching, so that what one index finds the other reads alike. Reads with the
 * vocabulary in use: after an administrator's edit ({@link VocabularyEdited}) the same text may read
 * differently, and an index of analysed texts should be built again.
 */
@Component
public class TextAnalyser {

    private final FeatureExtractor extractor;

    TextAnalyser(FeatureExtractor extractor) {
        this.extractor = extractor;
    }

    /** An analyser over the reviewed vocabulary files, without the application (for tests and benchmarks). */
    public static TextAnalyser withReviewedVocabulary() {
        return new TextAnalyser(new FeatureExtractor(Vocabulary.load()));
    }

    /** A researcher's profile and publications, read as the matcher reads them. */
    public AnalysedText profile(ProfileSummary profile, List<PublicationData> publications) {
        return of(extractor.features(MatchingIndex.toMatchProfile(profile, publications)));
    }

    /**
     * A text with its keywords (which weigh more), like a profile's summary and keywords.
     *
     * @param languageCode the language the text is written in ({@code en}, {@code ru}, {@code kk}, {@code zh});
     *                     {@code null} or unknown: guessed, each script's part in its own language
     */
    public AnalysedText document(String languageCode, String text, List<String> keywords) {
        return of(extractor.features(new MatchProfile("document", null, TextLanguage.fromCode(languageCode).orElse(null),
                null, null, text, keywords, null, List.of(), List.of(), Set.of(), Set.of())));
    }

    /** Free text such as names and institutions, each script's part in its own language. */
    public AnalysedText text(String text) {
        return of(extractor.features(text));
    }

    /**
     * A search query in any of the four languages: a short Cyrillic query is read as Russian and as Kazakh, and
     * broader concepts named in it count too.
     */
    public AnalysedText query(String text) {
        return of(extractor.query(text));
    }

    private static AnalysedText of(Features features) {
        return new AnalysedText(features.terms(), features.concepts());
    }
}

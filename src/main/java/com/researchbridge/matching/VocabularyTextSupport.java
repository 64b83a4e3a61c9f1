package com.researchbridge.matching;

import com.researchbridge.matching.text.LanguageGuesser;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Concept;
import com.researchbridge.researcher.ProfileTextSupport;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Language detection and keyword suggestions for the profile editor, from the matcher's own tools. */
@Component
class VocabularyTextSupport implements ProfileTextSupport {

    private final VocabularyStore vocabulary;

    VocabularyTextSupport(VocabularyStore vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Optional<String> detectLanguage(String text) {
        var language = LanguageGuesser.guess(text);
        return language == TextLanguage.OTHER ? Optional.empty() : Optional.of(language.code());
    }

    @Override
    public List<String> suggestKeywords(String typed, String languageCode, int limit) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < 2) {
            return List.of();
        }
        var language = TextLanguage.fromCode(languageCode).orElse(TextLanguage.EN);
        return vocabulary.current().concepts().stream()
                .flatMap((Concept c) -> c.labels().getOrDefault(language, List.of()).stream())
                .filter(label -> label.toLowerCase(Locale.ROOT).contains(needle))
                .distinct()
                .sorted(Comparator.comparing((String label) -> !label.toLowerCase(Locale.ROOT).startsWith(needle))
                        .thenComparingInt(String::length))
                .limit(limit)
                .toList();
    }
}

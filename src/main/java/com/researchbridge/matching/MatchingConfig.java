package com.researchbridge.matching;

import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.MatchingWeights;
import com.researchbridge.matching.vocabulary.Vocabulary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Matching settings from configuration ({@code researchbridge.matching.*}); the proposal batch runs on a schedule. */
@Configuration
@EnableScheduling
class MatchingConfig {

    /** The research vocabulary, loaded once for the index, the search and the profile editor's help. */
    @Bean
    Vocabulary vocabulary() {
        return Vocabulary.load();
    }

    /** One analyser chain (with its concept matcher) shared by everything that reads text. */
    @Bean
    FeatureExtractor featureExtractor(Vocabulary vocabulary) {
        return new FeatureExtractor(vocabulary);
    }

    /** Score weights; the defaults are {@link MatchingWeights#DEFAULT} (see docs/benchmarks.md). */
    @Bean
    MatchingWeights matchingWeights(
            @Value("${researchbridge.matching.weights.concepts:0.45}") double concepts,
            @Value("${researchbridge.matching.weights.concepts-shared-language:0.05}") double conceptsSharedLanguage,
            @Value("${researchbridge.matching.weights.lexical:0.25}") double lexical,
            @Value("${researchbridge.matching.weights.publications:0.7}") double publications,
            @Value("${researchbridge.matching.weights.field:0.05}") double field,
            @Value("${researchbridge.matching.weights.language:0.03}") double language,
            @Value("${researchbridge.matching.weights.pivots:" + MatchingWeights.DEFAULT_PIVOTS + "}") double pivots) {
        return new MatchingWeights(concepts, conceptsSharedLanguage, lexical, publications, field, language, pivots);
    }
}

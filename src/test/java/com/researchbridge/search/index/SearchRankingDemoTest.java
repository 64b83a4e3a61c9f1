package com.researchbridge.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.AnalysedText;
import com.researchbridge.matching.TextAnalyser;
import com.researchbridge.matching.engine.DemoProfiles;
import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11 item 7, partner search over the demo's researchers and collaboration topics: a query naming a
 * specific topic finds the people and topics of that topic first, not whoever shares a common word.
 */
class SearchRankingDemoTest {

    static final String TRANSBOUNDARY_RIVERS = "asel.nurpeiisova@kaznu.example";
    static final String GLACIER_LAKES_TOPIC = "topic-yunfei.yuan@itpcas.example";
    static final String MORAINE_LAKES_TOPIC = "topic-arman.usenov@igws.example";

    static PartnerSearchIndex index;

    @BeforeAll
    static void build() throws IOException {
        var extractor = new FeatureExtractor(Vocabulary.load());
        index = new PartnerSearchIndex(TextAnalyser.withReviewedVocabulary());
        var entries = new ArrayList<PartnerSearchIndex.Entry>();
        DemoProfiles.load().forEach((id, p) -> {
            var f = extractor.features(p);
            entries.add(new PartnerSearchIndex.Entry("profile", id, Map.of(), Long.MAX_VALUE,
                    new AnalysedText(f.terms(), f.concepts())));
        });
        var analyser = TextAnalyser.withReviewedVocabulary();
        var json = JsonMapper.builder().build();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/topics.jsonl").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                var keywords = new ArrayList<String>();
                n.get("keywords").forEach(k -> keywords.add(k.asString()));
                String title = n.get("title").asString();
                // as SearchEntries.topic reads a topic: the title twice, then the description
                entries.add(new PartnerSearchIndex.Entry("topic", "topic-" + n.get("author").asString(), Map.of(),
                        Long.MAX_VALUE, analyser.document(n.get("lang").asString(),
                        title + "\n" + title + "\n" + n.get("description").asString(), keywords)));
            }
        }
        index.addAll(entries);
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<String> search(String kind, String text) {
        return index.search(kind, text, Map.of(), 0, 0, 12).ids();
    }

    @Test
    void waterResourcesInKazakhRankTheTransboundaryRiversResearcherNearTheTop() {
        var ids = search("profile", "су ресурстары");
        System.out.println("су ресурстары: " + ids);
        assertThat(ids.indexOf(TRANSBOUNDARY_RIVERS)).as(ids.toString()).isBetween(0, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ледники", "冰川", "glacier", "мұздық"})
    void glaciersFindTheTianShanGlacialLakeTopic(String query) {
        System.out.println("all topics: " + index.count("topic", "", Map.of(), 0));
        var ids = search("topic", query);
        System.out.println(query + ": " + ids);
        assertThat(ids).as(query).containsAnyOf(GLACIER_LAKES_TOPIC, MORAINE_LAKES_TOPIC);
        assertThat(ids.subList(0, Math.min(3, ids.size()))).as(query).containsAnyOf(GLACIER_LAKES_TOPIC, MORAINE_LAKES_TOPIC);
    }
}

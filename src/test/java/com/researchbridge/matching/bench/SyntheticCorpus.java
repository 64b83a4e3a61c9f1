package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Concept;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Realistic multilingual profiles in any number, for speed and memory benchmarks: each synthetic researcher
 * takes a field and a language from the demo researchers' distribution, three or four sentences written by
 * demo researchers of that field and language (recombined), and keywords from the vocabulary of the field.
 * Deterministic for a given seed.
 */
public final class SyntheticCorpus {

    private record Source(String country, TextLanguage language, String field, List<String> sentences) {
    }

    private final List<Source> sources = new ArrayList<>();
    private final Map<String, List<Concept>> conceptsByField = new HashMap<>();

    public SyntheticCorpus(Vocabulary vocabulary) throws IOException {
        var json = JsonMapper.builder().build();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/researchers.jsonl").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    var language = TextLanguage.fromCode(n.get("lang").asString()).orElse(TextLanguage.OTHER);
                    sources.add(new Source(n.get("country").asString(), language, n.get("field").asString(),
                            sentences(n.get("summary").asString(), language)));
                }
            }
        }
        vocabulary.concepts().forEach(c -> conceptsByField.computeIfAbsent(c.field(), f -> new ArrayList<>()).add(c));
    }

    private static List<String> sentences(String text, TextLanguage language) {
        String[] parts = language == TextLanguage.ZH ? text.split("(?<=[。！？；])") : text.split("(?<=[.!?])\\s+");
        return List.of(parts);
    }

    public List<MatchProfile> generate(int count, long seed) {
        var random = new Random(seed);
        var result = new ArrayList<MatchProfile>(count);
        for (int i = 0; i < count; i++) {
            Source template = sources.get(random.nextInt(sources.size()));
            var peers = sources.stream().filter(s -> s.field.equals(template.field) && s.language == template.language).toList();
            var text = new StringBuilder();
            int sentences = 3 + random.nextInt(2);
            for (int k = 0; k < sentences; k++) {
                var peer = peers.get(random.nextInt(peers.size()));
                text.append(peer.sentences.get(random.nextInt(peer.sentences.size()))).append(' ');
            }
            var fieldConcepts = conceptsByField.getOrDefault(template.field, List.of());
            var keywords = new ArrayList<String>();
            for (int k = 0; k < 4 && !fieldConcepts.isEmpty(); k++) {
                keywords.add(fieldConcepts.get(random.nextInt(fieldConcepts.size())).label(template.language));
            }
            result.add(new MatchProfile("s" + i, template.country, template.language, null, null, text.toString(),
                    keywords, null, List.of(), List.of(), Set.of(template.field), Set.of()));
        }
        return result;
    }
}

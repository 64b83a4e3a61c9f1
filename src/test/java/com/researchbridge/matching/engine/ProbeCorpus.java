package com.researchbridge.matching.engine;

import com.researchbridge.matching.text.TextLanguage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
 * A quick realistic corpus for the engine's own measurements and recall test (the official generator is the
 * bench helper's): demo researchers recombined by field and language, with 0–30 publications per profile
 * (median about 8), titles always, abstracts of 3–8 sentences for half, 30 % of publications in English, an
 * English summary for a third of profiles. Deterministic for a seed.
 */
final class ProbeCorpus {

    private record Source(String country, TextLanguage language, String field, List<String> sentences,
                          List<String> english, List<String> keywords) {
    }

    private final List<Source> sources = new ArrayList<>();
    private final Map<String, List<Source>> byFieldAndLanguage = new HashMap<>();
    private final Map<String, List<String>> englishByField = new HashMap<>();

    ProbeCorpus() {
        var json = JsonMapper.builder().build();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/researchers.jsonl").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                var language = TextLanguage.fromCode(n.get("lang").asString()).orElse(TextLanguage.OTHER);
                String field = n.get("field").asString();
                JsonNode en = n.get("summaryEn");
                var english = en == null || en.isNull() ? List.<String>of()
                        : sentences(en.asString(), TextLanguage.EN);
                var keywords = new ArrayList<String>();
                n.get("keywords").forEach(k -> keywords.add(k.asString()));
                var source = new Source(n.get("country").asString(), language, field,
                        sentences(n.get("summary").asString(), language), english, keywords);
                sources.add(source);
                byFieldAndLanguage.computeIfAbsent(field + language, k -> new ArrayList<>()).add(source);
                var fieldEnglish = englishByField.computeIfAbsent(field, k -> new ArrayList<>());
                fieldEnglish.addAll(english);
                if (language == TextLanguage.EN) {
                    fieldEnglish.addAll(source.sentences);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sentences(String text, TextLanguage language) {
        String[] parts = language == TextLanguage.ZH ? text.split("(?<=[。！？；])") : text.split("(?<=[.!?])\\s+");
        return List.of(parts);
    }

    List<MatchProfile> generate(int count, long seed) {
        var random = new Random(seed);
        var result = new ArrayList<MatchProfile>(count);
        for (int i = 0; i < count; i++) {
            Source template = sources.get(random.nextInt(sources.size()));
            var peers = byFieldAndLanguage.get(template.field + template.language);
            var english = englishByField.getOrDefault(template.field, List.of());
            String summary = text(peers, 3 + random.nextInt(2), random);
            String summaryEn = !english.isEmpty() && random.nextInt(3) == 0 ? pick(english, 3, random) : null;
            var keywords = new ArrayList<String>();
            for (int k = 0; k < 4; k++) {
                var peer = peers.get(random.nextInt(peers.size()));
                keywords.add(peer.keywords.get(random.nextInt(peer.keywords.size())));
            }
            var publications = new ArrayList<MatchProfile.Publication>();
            int count0 = publicationCount(random);
            for (int p = 0; p < count0; p++) {
                boolean inEnglish = !english.isEmpty() && random.nextInt(10) < 3;
                String title = inEnglish ? english.get(random.nextInt(english.size())) : text(peers, 1, random);
                title = title.length() > 160 ? title.substring(0, 160) : title;
                String abstractText = random.nextBoolean() ? null
                        : inEnglish ? pick(english, 3 + random.nextInt(6), random) : text(peers, 3 + random.nextInt(6), random);
                publications.add(new MatchProfile.Publication(title, abstractText, 2000 + random.nextInt(26)));
            }
            result.add(new MatchProfile("p" + i, template.country, template.language, null, null, summary, keywords,
                    summaryEn, List.of(), publications, Set.of(template.field), Set.of()));
        }
        return result;
    }

    /** 0–30, median about 8, a tenth without any. */
    private static int publicationCount(Random random) {
        if (random.nextInt(10) == 0) {
            return 0;
        }
        return (int) Math.min(30, Math.max(1, Math.round(Math.exp(Math.log(8) + 0.7 * random.nextGaussian()))));
    }

    private static String text(List<Source> peers, int sentences, Random random) {
        var text = new StringBuilder();
        for (int k = 0; k < sentences; k++) {
            var peer = peers.get(random.nextInt(peers.size()));
            text.append(peer.sentences.get(random.nextInt(peer.sentences.size()))).append(' ');
        }
        return text.toString().strip();
    }

    private static String pick(List<String> sentences, int count, Random random) {
        var text = new StringBuilder();
        for (int k = 0; k < count; k++) {
            text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
        }
        return text.toString().strip();
    }
}

package com.researchbridge.matching.engine;

import com.researchbridge.matching.text.TextLanguage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo researchers (src/main/resources/demo/researchers.jsonl) read into match profiles the way the site
 * does (MatchingIndex.toMatchProfile): summary in its language, English version, keywords, the declared field,
 * and the languages they work in (their own, Kazakh and Russian in Kazakhstan, Chinese in China, English). The id
 * is the e-mail address.
 */
public final class DemoProfiles {

    private DemoProfiles() {
    }

    public static Map<String, MatchProfile> load() {
        var json = JsonMapper.builder().build();
        var result = new LinkedHashMap<String, MatchProfile>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/researchers.jsonl").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String email = n.get("email").asString();
                String country = n.get("country").asString();
                var language = TextLanguage.fromCode(n.get("lang").asString()).orElse(null);
                JsonNode en = n.get("summaryEn");
                String summaryEn = en == null || en.isNull() || language == TextLanguage.EN ? null : en.asString();
                var keywords = new ArrayList<String>();
                n.get("keywords").forEach(k -> keywords.add(k.asString()));
                Set<TextLanguage> spoken = new HashSet<>();
                spoken.add(TextLanguage.EN);
                if ("KZ".equals(country)) {
                    spoken.add(TextLanguage.KK);
                    spoken.add(TextLanguage.RU);
                } else {
                    spoken.add(TextLanguage.ZH);
                }
                result.put(email, new MatchProfile(email, country, language, n.get("fullName").asString(), null,
                        n.get("summary").asString(), keywords, summaryEn, List.of(), List.of(),
                        Set.of(n.get("field").asString()), spoken));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}

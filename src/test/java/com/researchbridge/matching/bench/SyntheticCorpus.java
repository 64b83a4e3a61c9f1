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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Realistic multilingual profiles in any number, for the speed and memory benchmarks (docs/benchmarks.md,
 * "The synthetic corpus"). Each synthetic researcher takes country, language and field from a random demo
 * researcher (src/main/resources/demo/researchers.jsonl, so the demo's mix of languages and fields), and gets:
 * <ul>
 *   <li>a summary of 3–4 sentences written by demo researchers of that field and language, recombined (no
 *       sentence twice in one text);</li>
 *   <li>3–6 keywords: labels of vocabulary concepts of the field, in the profile's language;</li>
 *   <li>for about a third of the profiles not written in English, an English version (3–4 English sentences of
 *       the field's demo researchers, and the keywords' English labels);</li>
 *   <li>0–30 publications (none for about 8 %, otherwise log-normal with median 8, capped at 30); each is in
 *       English with probability 0.3, otherwise in the profile's language; the title joins one or two concept
 *       labels of the field with the opening words of a sentence of the field; about half have an abstract
 *       of 2–4 recombined sentences of the field in the publication's language.</li>
 * </ul>
 * The demo data has no publications, hence the composed titles. Deterministic for a given seed.
 */
public final class SyntheticCorpus {

    static final double NO_PUBLICATIONS = 0.08;
    static final double MEDIAN_PUBLICATIONS = 8;
    static final int MAX_PUBLICATIONS = 30;
    static final double ENGLISH_PUBLICATION = 0.3;
    static final double WITH_ABSTRACT = 0.5;
    static final double ENGLISH_VERSION = 1.0 / 3;

    private record Template(String country, TextLanguage language, String field) {
    }

    private final List<Template> templates = new ArrayList<>();
    /** Sentences by field and language ("1.5/ru"), English ones from the demo's English versions too. */
    private final Map<String, List<String>> sentences = new LinkedHashMap<>();
    private final Map<String, List<Concept>> conceptsByField = new LinkedHashMap<>();

    public SyntheticCorpus(Vocabulary vocabulary) throws IOException {
        var json = JsonMapper.builder().build();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/researchers.jsonl").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    var language = TextLanguage.fromCode(n.get("lang").asString()).orElse(TextLanguage.OTHER);
                    String field = n.get("field").asString();
                    templates.add(new Template(n.get("country").asString(), language, field));
                    pool(field, language).addAll(split(n.get("summary").asString(), language));
                    if (n.hasNonNull("summaryEn") && !n.get("summaryEn").asString().isBlank()) {
                        pool(field, TextLanguage.EN).addAll(split(n.get("summaryEn").asString(), TextLanguage.EN));
                    }
                }
            }
        }
        sentences.replaceAll((key, pool) -> new ArrayList<>(new java.util.LinkedHashSet<>(pool))); // some demo sentences recur
        vocabulary.concepts().forEach(c -> conceptsByField.computeIfAbsent(c.field(), f -> new ArrayList<>()).add(c));
    }

    private List<String> pool(String field, TextLanguage language) {
        return sentences.computeIfAbsent(field + "/" + language.code(), k -> new ArrayList<>());
    }

    private static List<String> split(String text, TextLanguage language) {
        String[] parts = language == TextLanguage.ZH ? text.split("(?<=[。！？；])") : text.split("(?<=[.!?])\\s+");
        return java.util.Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<MatchProfile> generate(int count, long seed) {
        var random = new Random(seed);
        var result = new ArrayList<MatchProfile>(count);
        for (int i = 0; i < count; i++) {
            result.add(profile("s" + i, templates.get(random.nextInt(templates.size())), random));
        }
        return result;
    }

    private MatchProfile profile(String id, Template t, Random random) {
        var concepts = conceptsByField.getOrDefault(t.field, List.of());
        var chosen = new ArrayList<Concept>();
        int keywordCount = 3 + random.nextInt(4);
        for (int k = 0; k < keywordCount && !concepts.isEmpty(); k++) {
            chosen.add(concepts.get(random.nextInt(concepts.size())));
        }
        List<String> keywords = chosen.stream().map(c -> c.label(t.language)).distinct().toList();
        String summary = text(t.field, t.language, 3 + random.nextInt(2), random);
        String summaryEn = null;
        List<String> keywordsEn = List.of();
        if (t.language != TextLanguage.EN && random.nextDouble() < ENGLISH_VERSION) {
            summaryEn = text(t.field, TextLanguage.EN, 3 + random.nextInt(2), random);
            keywordsEn = chosen.stream().map(c -> c.label(TextLanguage.EN)).distinct().toList();
        }
        int publicationCount = publicationCount(random);
        var publications = new ArrayList<MatchProfile.Publication>(publicationCount);
        for (int p = 0; p < publicationCount; p++) {
            var language = random.nextDouble() < ENGLISH_PUBLICATION ? TextLanguage.EN : t.language;
            String title = title(t.field, language, concepts, random);
            String abstractText = random.nextDouble() < WITH_ABSTRACT ? text(t.field, language, 2 + random.nextInt(3), random) : null;
            publications.add(new MatchProfile.Publication(title, abstractText, 2005 + random.nextInt(21)));
        }
        return new MatchProfile(id, t.country, t.language, null, null, summary, keywords, summaryEn, keywordsEn,
                publications, Set.of(t.field), Set.of());
    }

    /** None for {@value #NO_PUBLICATIONS} of the profiles; otherwise log-normal, median 8, 1–30. */
    static int publicationCount(Random random) {
        if (random.nextDouble() < NO_PUBLICATIONS) {
            return 0;
        }
        long n = Math.round(Math.exp(Math.log(MEDIAN_PUBLICATIONS) + 0.8 * random.nextGaussian()));
        return (int) Math.max(1, Math.min(MAX_PUBLICATIONS, n));
    }

    /** {@code count} sentences of the field in that language (English if the field has none in it), recombined. */
    private String text(String field, TextLanguage language, int count, Random random) {
        var pool = sentencesOf(field, language);
        var out = new StringBuilder();
        var used = new java.util.HashSet<Integer>();
        for (int k = 0; k < count; k++) {
            int pick = random.nextInt(pool.size());
            for (int retry = 0; retry < 5 && used.contains(pick); retry++) {
                pick = random.nextInt(pool.size()); // no sentence twice in one text, as far as the field's sentences go
            }
            if (!used.add(pick)) {
                continue;
            }
            if (out.length() > 0 && language != TextLanguage.ZH) {
                out.append(' ');
            }
            out.append(pool.get(pick));
        }
        return out.toString();
    }

    private List<String> sentencesOf(String field, TextLanguage language) {
        var pool = sentences.get(field + "/" + language.code());
        if (pool == null || pool.isEmpty()) {
            pool = sentences.get(field + "/" + TextLanguage.EN.code());
        }
        if (pool == null || pool.isEmpty()) {
            pool = sentences.values().stream().filter(l -> !l.isEmpty()).findFirst().orElseThrow();
        }
        return pool;
    }

    /** "Glacier mass balance and debris flows: recovering a space-dependent coefficient", in the language given. */
    private String title(String field, TextLanguage language, List<Concept> concepts, Random random) {
        String a = concepts.isEmpty() ? "" : concepts.get(random.nextInt(concepts.size())).label(language);
        String b = concepts.isEmpty() ? "" : concepts.get(random.nextInt(concepts.size())).label(language);
        String clause = opening(sentencesOf(field, language).get(random.nextInt(sentencesOf(field, language).size())), language);
        String head = switch (language) {
            case ZH -> random.nextBoolean() ? a + "与" + b : "基于" + a + "的" + b + "研究";
            case RU -> a + " и " + b;
            case KK -> a + " және " + b;
            default -> a + " and " + b;
        };
        if (random.nextBoolean()) {
            head = a;
        }
        String title = random.nextInt(3) == 0 ? head : head + (language == TextLanguage.ZH ? "：" : ": ") + clause;
        return title.isEmpty() ? clause : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /** The first few words of a sentence (the first clause of a Chinese one), without its final stop. */
    private static String opening(String sentence, TextLanguage language) {
        if (language == TextLanguage.ZH) {
            int stop = sentence.indexOf('，');
            String clause = stop > 0 ? sentence.substring(0, stop) : sentence;
            return clause.length() > 20 ? clause.substring(0, 20) : clause.replaceAll("[。！？；]$", "");
        }
        String[] words = sentence.split("\\s+");
        String opening = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 8)));
        opening = opening.replaceAll("[.,;:!?]+$", "");
        return opening.isEmpty() ? opening : opening.substring(0, 1).toLowerCase(Locale.ROOT) + opening.substring(1);
    }
}

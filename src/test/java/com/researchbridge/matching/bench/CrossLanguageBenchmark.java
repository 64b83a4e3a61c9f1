package com.researchbridge.matching.bench;

import com.researchbridge.matching.cli.ProfileReader;
import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.Match;
import com.researchbridge.matching.engine.MatchEngine;
import com.researchbridge.matching.engine.MatchEngines;
import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.engine.MatchingWeights;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Partner retrieval across languages on our development set: Chinese profiles and their Kazakh or Russian
 * partners (not translations). For every profile of one side, all profiles of the other side are ranked;
 * Recall@1, Recall@5 and MRR are reported for native text only and with the English versions present.
 */
public final class CrossLanguageBenchmark {

    public record Result(double recallAt1, double recallAt5, double mrr, int queries) {
    }

    private final PrintStream out;

    public CrossLanguageBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(Path dir) throws IOException {
        var profiles = ProfileReader.read(dir.resolve("profiles.jsonl"));
        var partners = readPairs(dir.resolve("pairs.tsv"));
        var nativeOnly = profiles.stream().map(CrossLanguageBenchmark::withoutEnglish).toList();
        out.printf(Locale.ROOT, "Cross-language partner retrieval, %d pairs (%d profiles)%n", partners.size() / 2, profiles.size());
        out.println("| text | direction | Recall@1 | Recall@5 | MRR |");
        out.println("|---|---|---|---|---|");
        print("native only", evaluate(nativeOnly, partners));
        print("native + English versions", evaluate(profiles, partners));
    }

    private void print(String condition, Map<String, Result> results) {
        results.forEach((direction, r) -> out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f |%n",
                condition, direction, r.recallAt1(), r.recallAt5(), r.mrr()));
    }

    static Map<String, Result> evaluate(List<MatchProfile> profiles, Map<String, String> partners) {
        return evaluate(profiles, partners, MatchingWeights.DEFAULT);
    }

    public static Map<String, Result> evaluate(List<MatchProfile> profiles, Map<String, String> partners, MatchingWeights weights) {
        var vocabulary = Vocabulary.load();
        return evaluate(profiles, partners, weights, new FeatureExtractor(vocabulary), vocabulary);
    }

    /** As {@link #evaluate(List, Map, MatchingWeights)} reading texts with {@code extractor} (e.g. some pivots only). */
    public static Map<String, Result> evaluate(List<MatchProfile> profiles, Map<String, String> partners, MatchingWeights weights,
                                               FeatureExtractor extractor, Vocabulary vocabulary) {
        var index = MatchEngines.exact(extractor, vocabulary, weights).build(profiles);
        var results = new java.util.LinkedHashMap<String, Result>();
        for (String side : List.of("CN", "KZ")) {
            int queries = 0;
            int at1 = 0;
            int at5 = 0;
            double reciprocal = 0;
            for (MatchProfile p : profiles) {
                String expected = partners.get(p.id());
                if (!side.equals(p.country()) || expected == null) {
                    continue;
                }
                queries++;
                List<Match> ranking = index.topMatches(p.id(), profiles.size(), TextLanguage.EN);
                int rank = 1 + ranking.stream().map(Match::id).toList().indexOf(expected);
                if (rank > 0) {
                    at1 += rank == 1 ? 1 : 0;
                    at5 += rank <= 5 ? 1 : 0;
                    reciprocal += 1.0 / rank;
                }
            }
            results.put(side.equals("CN") ? "zh → kk/ru" : "kk/ru → zh",
                    new Result((double) at1 / queries, (double) at5 / queries, reciprocal / queries, queries));
        }
        return results;
    }

    public static MatchProfile withoutEnglish(MatchProfile p) {
        return new MatchProfile(p.id(), p.country(), p.language(), p.name(), p.institution(), p.summary(), p.keywords(),
                null, List.of(), p.publications(), p.fields(), p.spokenLanguages());
    }

    /** Both directions: each id maps to its partner's id. */
    public static Map<String, String> readPairs(Path file) throws IOException {
        var result = new HashMap<String, String>();
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            if (c.length >= 2) {
                result.put(c[0].strip(), c[1].strip());
                result.put(c[1].strip(), c[0].strip());
            }
        }
        return result;
    }
}

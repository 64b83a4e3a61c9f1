package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.FeatureExtractor;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Expertise quality on the gold standard of Stelmakh et al. (reviewer–paper expertise, title + abstract
 * regime): for each of the 10 profile variants, every rated (reviewer, paper) pair is scored with the matcher's
 * own score from the reviewer's profile papers; reported are the weighted pairwise ranking loss and the
 * resolution accuracy on easy and hard pairs, averaged over the variants, as the data set's README defines.
 */
public final class ExpertiseBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Rating(String reviewer, String paper, double expertise) {
    }

    public record Result(double loss, double easy, double hard) {
    }

    private final Path dir;
    private final PrintStream out;

    public ExpertiseBenchmark(Path dir, PrintStream out) {
        this.dir = dir;
        this.out = out;
    }

    public Result run(MatchingWeights weights) throws IOException {
        var papers = readPapers(dir.resolve("gs_profile_papers.jsonl"));
        var items = readPapers(dir.resolve("gs_items.jsonl"));
        var ratings = readRatings(dir.resolve("gs_ratings.tsv"));
        JsonNode variants = JSON.readTree(dir.resolve("gs_profiles.json").toFile());
        var vocabulary = Vocabulary.load();
        var extractor = new FeatureExtractor(vocabulary);

        double lossSum = 0;
        double easySum = 0;
        double hardSum = 0;
        int count = 0;
        for (var variant : variants.properties()) {
            var profiles = new ArrayList<MatchProfile>();
            for (var reviewer : variant.getValue().properties()) {
                var pubs = new ArrayList<MatchProfile.Publication>();
                reviewer.getValue().forEach(id -> {
                    var p = papers.get(id.asString());
                    if (p != null) {
                        pubs.add(p);
                    }
                });
                profiles.add(profile("r:" + reviewer.getKey(), "R", pubs));
            }
            items.forEach((id, p) -> profiles.add(profile("p:" + id, "P", List.of(p))));
            var index = MatchEngines.exact(extractor, vocabulary, weights).build(profiles);
            var scores = new HashMap<Rating, Double>();
            for (Rating r : ratings) {
                scores.put(r, index.score("r:" + r.reviewer(), "p:" + r.paper()));
            }
            var result = evaluate(ratings, scores);
            out.printf(Locale.ROOT, "  %-8s loss %.4f  easy %.3f  hard %.3f%n", variant.getKey(), result.loss, result.easy, result.hard);
            lossSum += result.loss;
            easySum += result.easy;
            hardSum += result.hard;
            count++;
        }
        return new Result(lossSum / count, easySum / count, hardSum / count);
    }

    /**
     * Recomputes the published methods' figures from their published predictions with our implementation of
     * the metric, so that our own figures are comparable (they must match the paper's table).
     */
    public Map<String, Result> publishedBaselines() throws IOException {
        var ratings = readRatings(dir.resolve("gs_ratings.tsv"));
        var byKey = new HashMap<String, Rating>();
        ratings.forEach(r -> byKey.put(r.reviewer() + "\t" + r.paper(), r));
        var scores = new LinkedHashMap<String, Map<String, Map<Rating, Double>>>();
        var lines = Files.readAllLines(dir.resolve("gs_baseline_predictions.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            Rating rating = byKey.get(c[2] + "\t" + c[3]);
            if (c.length == 5 && rating != null) {
                scores.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).computeIfAbsent(c[1], k -> new HashMap<>())
                        .put(rating, Double.parseDouble(c[4]));
            }
        }
        var result = new LinkedHashMap<String, Result>();
        scores.forEach((algorithm, variants) -> {
            double loss = 0;
            double easy = 0;
            double hard = 0;
            for (var variantScores : variants.values()) {
                var rated = ratings.stream().filter(variantScores::containsKey).toList();
                var r = evaluate(rated, variantScores);
                loss += r.loss;
                easy += r.easy;
                hard += r.hard;
            }
            int n = variants.size();
            result.put(algorithm, new Result(loss / n, easy / n, hard / n));
        });
        return result;
    }

    private static MatchProfile profile(String id, String group, List<MatchProfile.Publication> publications) {
        return new MatchProfile(id, group, TextLanguage.EN, null, null, null, List.of(), null, List.of(),
                publications, Set.of(), Set.of());
    }

    /** The published protocol: weighted pairwise loss, and accuracy on easy (≥4 vs ≤2) and hard (both ≥4) pairs. */
    static Result evaluate(List<Rating> ratings, Map<Rating, Double> scores) {
        var byReviewer = new LinkedHashMap<String, List<Rating>>();
        ratings.forEach(r -> byReviewer.computeIfAbsent(r.reviewer(), k -> new ArrayList<>()).add(r));
        double loss = 0;
        double maxLoss = 0;
        int easy = 0;
        int easyRight = 0;
        int hard = 0;
        int hardRight = 0;
        for (var list : byReviewer.values()) {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Rating a = list.get(i);
                    Rating b = list.get(j);
                    double t = a.expertise() - b.expertise();
                    double d = scores.get(a) - scores.get(b);
                    maxLoss += Math.abs(t);
                    if (d * t < 0) {
                        loss += Math.abs(t);
                    } else if (d * t == 0) {
                        loss += Math.abs(t) / 2;
                    }
                    double hi = Math.max(a.expertise(), b.expertise());
                    double lo = Math.min(a.expertise(), b.expertise());
                    if (hi >= 4 && lo <= 2) {
                        easy++;
                        easyRight += d * t > 0 ? 1 : 0;
                    } else if (lo >= 4 && t != 0) {
                        hard++;
                        hardRight += d * t > 0 ? 1 : 0;
                    }
                }
            }
        }
        return new Result(loss / maxLoss, (double) easyRight / easy, (double) hardRight / hard);
    }

    private static Map<String, MatchProfile.Publication> readPapers(Path file) throws IOException {
        var result = new HashMap<String, MatchProfile.Publication>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                result.put(node.get("id").asString(), new MatchProfile.Publication(
                        node.path("title").asString(""), node.path("abstract").asString(""), null));
            }
        }
        return result;
    }

    private static List<Rating> readRatings(Path file) throws IOException {
        var result = new ArrayList<Rating>();
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            if (c.length == 3) {
                result.add(new Rating(c[0], c[1], Double.parseDouble(c[2])));
            }
        }
        return result;
    }
}

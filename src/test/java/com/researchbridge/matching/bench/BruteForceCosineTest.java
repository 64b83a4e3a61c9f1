package com.researchbridge.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.researchbridge.matching.engine.Features;
import com.researchbridge.matching.engine.MatchProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BruteForceCosineTest {

    @Test
    void ranksCandidatesOfTheOtherCountryByTfIdfCosine() {
        var random = new Random(3);
        var profiles = new ArrayList<MatchProfile>();
        var features = new ArrayList<Features>();
        for (int i = 0; i < 80; i++) {
            profiles.add(profile("p" + i, i % 2 == 0 ? "KZ" : "CN"));
            var terms = new HashMap<String, Float>();
            var concepts = new HashMap<Integer, Float>();
            for (int k = 0; k < 6; k++) {
                terms.put("en:w" + random.nextInt(30), 1f + random.nextInt(3));
                concepts.put(random.nextInt(15), 1f + random.nextInt(2));
            }
            features.add(new Features(terms, concepts));
        }
        var brute = BruteForceCosine.of(profiles, features);

        var top = brute.top(0, 10);

        var expected = new ArrayList<Integer>();
        for (int c = 1; c < 80; c += 2) {
            expected.add(c);
        }
        expected.sort((a, b) -> Double.compare(cosine(features, 0, b), cosine(features, 0, a)));
        assertThat(top).hasSize(10).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(1)) % 2).isEqualTo(1));
        for (int r = 0; r < 10; r++) {
            int doc = Integer.parseInt(top.get(r).substring(1));
            assertThat(brute.dot(0, doc)).isCloseTo(cosine(features, 0, doc), within(1e-5));
            assertThat(cosine(features, 0, doc)).isCloseTo(cosine(features, 0, expected.get(r)), within(1e-6));
        }
    }

    @Test
    void emptyProfilesMatchNothingAndKZeroAsksForNothing() {
        var profiles = List.of(profile("a", "KZ"), profile("b", "CN"), profile("c", "CN"));
        var features = List.of(new Features(Map.of(), Map.of()), new Features(Map.of("en:x", 1f), Map.of()),
                new Features(Map.of("en:x", 2f), Map.of(3, 1f)));
        var brute = BruteForceCosine.of(profiles, features);

        assertThat(brute.top(0, 10)).isEmpty();
        assertThat(brute.top(1, 10)).isEmpty(); // c is of the same country
        assertThat(brute.top(1, 0)).isEmpty();
        assertThat(brute.dot(1, 2)).isBetween(0.0, 1.0);
    }

    /** The textbook formula over maps, to check the flat arrays against. */
    private static double cosine(List<Features> features, int a, int b) {
        int n = features.size();
        var df = new HashMap<String, Integer>();
        features.forEach(f -> keys(f).keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
        var va = weighted(keys(features.get(a)), df, n);
        var vb = weighted(keys(features.get(b)), df, n);
        double dot = 0;
        for (var e : va.entrySet()) {
            dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
        }
        return dot / Math.sqrt(norm(va) * norm(vb));
    }

    private static Map<String, Float> keys(Features f) {
        var result = new HashMap<String, Float>(f.terms());
        f.concepts().forEach((c, w) -> result.put("#" + c, w));
        return result;
    }

    private static Map<String, Double> weighted(Map<String, Float> counts, Map<String, Integer> df, int n) {
        var result = new HashMap<String, Double>();
        counts.forEach((k, tf) -> result.put(k, (1 + Math.log(tf)) * (Math.log((n + 1.0) / (df.get(k) + 1.0)) + 1)));
        return result;
    }

    private static double norm(Map<String, Double> v) {
        return v.values().stream().mapToDouble(x -> x * x).sum();
    }

    private static MatchProfile profile(String id, String country) {
        return new MatchProfile(id, country, null, null, null, null, null, null, null, null, null, null);
    }
}

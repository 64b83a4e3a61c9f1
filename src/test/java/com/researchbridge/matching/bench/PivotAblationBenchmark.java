package com.researchbridge.matching.bench;

import com.researchbridge.matching.bridge.BilingualPivots;
import com.researchbridge.matching.bridge.BilingualPivots.Part;
import com.researchbridge.matching.cli.ProfileReader;
import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.engine.MatchingWeights;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bilingual pivots' ablation (docs/benchmarks.md 2b): Recall@1 in both directions, native text only and with
 * the English versions, with no pivots, each part alone, all of them, and all but one, on each data set given.
 * {@code bench-pivot-weights} varies the pivot family's weight on one set (the tuning set: the weight is chosen
 * there and only there).
 */
public final class PivotAblationBenchmark {

    private final PrintStream out;

    public PivotAblationBenchmark(PrintStream out) {
        this.out = out;
    }

    /** The variants of the ablation, in the table's order. */
    static Map<String, Set<Part>> variants() {
        var result = new LinkedHashMap<String, Set<Part>>();
        result.put("no pivots", EnumSet.noneOf(Part.class));
        result.put("+CC-CEDICT only", EnumSet.of(Part.CC_CEDICT));
        result.put("+Mueller only", EnumSet.of(Part.MUELLER));
        result.put("+cognates only", EnumSet.of(Part.COGNATES));
        result.put("+loan roots only", EnumSet.of(Part.LOAN_ROOTS));
        result.put("all pivots", EnumSet.allOf(Part.class));
        for (Part left : Part.values()) {
            var rest = EnumSet.allOf(Part.class);
            rest.remove(left);
            result.put("all but " + name(left), rest);
        }
        return result;
    }

    private static String name(Part part) {
        return switch (part) {
            case CC_CEDICT -> "CC-CEDICT";
            case MUELLER -> "Mueller";
            case COGNATES -> "cognates";
            case LOAN_ROOTS -> "loan roots";
        };
    }

    /** One row per variant; each set in its columns (native zh→, native →zh, English zh→, English →zh). */
    public void run(List<Path> sets) throws IOException {
        var vocabulary = Vocabulary.load();
        var weights = MatchingWeights.DEFAULT;
        out.println("Pivot ablation, Recall@1, pivot weight " + weights.pivots());
        var header = new StringBuilder("| pivots |");
        var rule = new StringBuilder("|---|");
        for (Path set : sets) {
            String label = set.getFileName().toString();
            header.append(String.format(Locale.ROOT, " %1$s native zh→ | %1$s native →zh | %1$s +en zh→ | %1$s +en →zh |", label));
            rule.append("---|---|---|---|");
        }
        out.println(header);
        out.println(rule);
        var data = new ArrayList<Data>();
        for (Path set : sets) {
            data.add(Data.read(set));
        }
        for (var variant : variants().entrySet()) {
            var extractor = new FeatureExtractor(vocabulary, BilingualPivots.standard().only(variant.getValue()));
            var row = new StringBuilder("| " + variant.getKey() + " |");
            for (Data d : data) {
                for (var profiles : List.of(d.nativeOnly, d.withEnglish)) {
                    CrossLanguageBenchmark.evaluate(profiles, d.pairs, weights, extractor, vocabulary).values()
                            .forEach(r -> row.append(String.format(Locale.ROOT, " %.3f |", r.recallAt1())));
                }
            }
            out.println(row);
        }
    }

    /** Recall@1 and @5 of all pivots at several weights of the family, on one set. */
    public void weights(Path set, List<Double> candidates) throws IOException {
        var vocabulary = Vocabulary.load();
        var extractor = new FeatureExtractor(vocabulary);
        var d = Data.read(set);
        out.println("Pivot family weight on " + set + " (Recall@1 / Recall@5)");
        out.println("| weight | native zh→ | native →zh | +en zh→ | +en →zh |");
        out.println("|---|---|---|---|---|");
        for (double w : candidates) {
            var row = new StringBuilder(String.format(Locale.ROOT, "| %.2f |", w));
            for (var profiles : List.of(d.nativeOnly, d.withEnglish)) {
                CrossLanguageBenchmark.evaluate(profiles, d.pairs, MatchingWeights.DEFAULT.withPivots(w), extractor, vocabulary)
                        .values().forEach(r -> row.append(String.format(Locale.ROOT, " %.3f / %.3f |", r.recallAt1(), r.recallAt5())));
            }
            out.println(row);
        }
    }

    private record Data(List<MatchProfile> nativeOnly, List<MatchProfile> withEnglish, Map<String, String> pairs) {

        static Data read(Path dir) throws IOException {
            var profiles = ProfileReader.read(dir.resolve("profiles.jsonl"));
            return new Data(profiles.stream().map(CrossLanguageBenchmark::withoutEnglish).toList(), profiles,
                    CrossLanguageBenchmark.readPairs(dir.resolve("pairs.tsv")));
        }
    }
}

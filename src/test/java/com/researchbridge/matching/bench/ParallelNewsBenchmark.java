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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sanity check that the four languages land in one comparable space: NTREX-128 news documents (English,
 * Russian, Kazakh, Chinese, aligned), each document's lines joined; for every ordered language pair, each
 * document looks for its own translation among all documents of the other language. Recall@1 is reported.
 * News is not research text, so the research vocabulary covers it only thinly: this is a floor, not a target.
 */
public final class ParallelNewsBenchmark {

    private static final TextLanguage[] LANGUAGES = {TextLanguage.EN, TextLanguage.RU, TextLanguage.KK, TextLanguage.ZH};

    private final PrintStream out;

    public ParallelNewsBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(Path tsv) throws IOException {
        Map<String, String[]> docs = new LinkedHashMap<>();
        var lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            if (c.length < 6) {
                continue;
            }
            String[] texts = docs.computeIfAbsent(c[1], k -> new String[] {"", "", "", ""});
            for (int l = 0; l < 4; l++) {
                texts[l] += c[2 + l] + "\n";
            }
        }
        var profiles = new ArrayList<MatchProfile>();
        docs.forEach((id, texts) -> {
            for (int l = 0; l < 4; l++) {
                profiles.add(new MatchProfile(LANGUAGES[l].code() + ":" + id, LANGUAGES[l].code(), LANGUAGES[l], null,
                        null, texts[l], List.of(), null, List.of(), List.of(), Set.of(), Set.of()));
            }
        });
        var vocabulary = Vocabulary.load();
        var index = MatchEngines.exact(vocabulary, MatchingWeights.DEFAULT).build(profiles);
        var ids = new ArrayList<>(docs.keySet());
        out.printf(Locale.ROOT, "NTREX-128 document retrieval, %d documents per language, recall@1%n", ids.size());
        out.println("| from \\ to | en | ru | kk | zh |");
        out.println("|---|---|---|---|---|");
        for (TextLanguage from : LANGUAGES) {
            var row = new StringBuilder("| " + from.code() + " |");
            for (TextLanguage to : LANGUAGES) {
                if (from == to) {
                    row.append(" – |");
                    continue;
                }
                int hits = 0;
                for (String id : ids) {
                    String best = null;
                    double bestScore = -1;
                    for (String candidate : ids) {
                        double s = index.score(from.code() + ":" + id, to.code() + ":" + candidate);
                        if (s > bestScore) {
                            bestScore = s;
                            best = candidate;
                        }
                    }
                    hits += id.equals(best) ? 1 : 0;
                }
                row.append(String.format(Locale.ROOT, " %.2f |", (double) hits / ids.size()));
            }
            out.println(row);
        }
    }
}

package com.researchbridge.matching.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * International words: a loan root's Latin key against the keys of an English word list. A candidate counts
 * when the keys are equal, when the English key adds a usual ending to the root (gidrogeolog →
 * gidrogeologi, hydrogeology), or when long keys are very similar (Jaro-Winkler); the weight is the
 * similarity, so near misses count less. Work is bounded: only English words whose key starts like the root's.
 */
final class Cognates {

    static final int BUCKET_PREFIX = LoanRoots.MIN_ROOT;
    static final int MAX_PER_WORD = 2;
    /** Endings English adds to a loan root, as keys: hydrogeolog-i, fisik-s, analis-is, klimat-e, seismik-al. */
    private static final java.util.Set<String> ENDINGS = java.util.Set.of(
            "i", "e", "a", "s", "ia", "is", "ik", "al", "ika", "ikal", "ial", "ies");
    private static final double MIN_LOOSE_SIMILARITY = 0.96;
    private static final int MIN_LOOSE_LENGTH = 7;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private record English(String key, String word, String stem) {
    }

    /** A cognate English word, its stem, and how sure the match is. */
    record Match(String word, String stem, float similarity) {
    }

    private final Map<String, List<English>> byPrefix;

    private Cognates(Map<String, List<English>> byPrefix) {
        this.byPrefix = byPrefix;
    }

    static final Cognates NONE = new Cognates(Map.of());

    /** English word list lines "word\tstem". */
    static Cognates load(String resource) {
        InputStream in = Cognates.class.getResourceAsStream(resource);
        if (in == null) {
            return NONE;
        }
        var words = new LinkedHashMap<String, String>();
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    words.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read English word list " + resource, e);
        }
        return of(words);
    }

    /** English word → its stem in the English analysis space. */
    static Cognates of(Map<String, String> englishWords) {
        var byPrefix = new HashMap<String, List<English>>();
        englishWords.forEach((word, stem) -> {
            String key = LatinKey.ofEnglish(word);
            if (key.length() >= BUCKET_PREFIX) {
                byPrefix.computeIfAbsent(key.substring(0, BUCKET_PREFIX), p -> new ArrayList<>()).add(new English(key, word, stem));
            }
        });
        return new Cognates(byPrefix);
    }

    /** English stems whose words are this Latin key's cognates, best first. */
    List<Match> find(String rootKey) {
        if (rootKey.length() < BUCKET_PREFIX) {
            return List.of();
        }
        var best = new HashMap<String, Match>();
        for (English candidate : byPrefix.getOrDefault(rootKey.substring(0, BUCKET_PREFIX), List.of())) {
            float similarity = similarity(rootKey, candidate.key());
            if (similarity > 0) {
                best.merge(candidate.stem(), new Match(candidate.word(), candidate.stem(), similarity),
                        (a, b) -> b.similarity() > a.similarity() ? b : a);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparing(Match::similarity).reversed().thenComparing(Match::stem))
                .limit(MAX_PER_WORD)
                .toList();
    }

    static float similarity(String root, String english) {
        if (root.equals(english)) {
            return 1f;
        }
        if (english.startsWith(root) && ENDINGS.contains(english.substring(root.length()))) {
            return 0.95f;
        }
        double similarity = SIMILARITY.apply(root, english);
        return similarity >= MIN_LOOSE_SIMILARITY && Math.min(root.length(), english.length()) >= MIN_LOOSE_LENGTH
                ? (float) similarity * 0.9f : 0f;
    }

    boolean isEmpty() {
        return byPrefix.isEmpty();
    }
}

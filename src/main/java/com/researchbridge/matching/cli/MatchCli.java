package com.researchbridge.matching.cli;

import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.Match;
import com.researchbridge.matching.engine.MatchEngine;
import com.researchbridge.matching.engine.MatchEngines;
import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.engine.MatchingWeights;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matcher as a command over files, without web server or database:
 * <pre>
 *   match --profiles P.jsonl --top K --out M.jsonl [--lang en|ru|kk|zh]
 *   score --profiles P.jsonl --pairs PAIRS.tsv --out S.tsv
 * </pre>
 * Output is written to a temporary file and moved into place at the end, so a failed run leaves no half file.
 */
public final class MatchCli {

    public static final List<String> COMMANDS = List.of("match", "score");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintStream out;
    private final PrintStream err;

    public MatchCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command; returns the process exit code (0 done, 1 bad input, 2 bad usage). */
    public int run(String[] args) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        try {
            return switch (args[0]) {
                case "match" -> match(options);
                case "score" -> score(options);
                default -> 2;
            };
        } catch (InputException e) {
            err.println("error: " + e.getMessage() + " (nothing was written)");
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(usage());
            return 2;
        } catch (IOException e) {
            err.println("error: " + e.getMessage() + " (nothing was written)");
            return 1;
        }
    }

    static String usage() {
        return """
                usage:
                  match --profiles P.jsonl --top K --out M.jsonl [--lang en|ru|kk|zh]
                  score --profiles P.jsonl --pairs PAIRS.tsv --out S.tsv""";
    }

    private int match(Map<String, String> options) throws IOException {
        Path profilesFile = required(options, "profiles");
        Path outFile = required(options, "out");
        int top = positiveInt(options.getOrDefault("top", "10"), "top");
        TextLanguage reader = TextLanguage.fromCode(options.getOrDefault("lang", "en"))
                .orElseThrow(() -> new IllegalArgumentException("--lang must be en, ru, kk or zh"));
        var profiles = ProfileReader.read(profilesFile);
        var index = buildIndex(profiles);
        writeAtomically(outFile, writer -> {
            for (MatchProfile profile : profiles) {
                var matches = new ArrayList<Map<String, Object>>();
                for (Match m : index.topMatches(profile.id(), top, reader)) {
                    var entry = new LinkedHashMap<String, Object>();
                    entry.put("id", m.id());
                    entry.put("score", Math.round(m.score() * 1e6) / 1e6);
                    entry.put("reasons", reasons(m));
                    matches.add(entry);
                }
                var line = new LinkedHashMap<String, Object>();
                line.put("id", profile.id());
                line.put("matches", matches);
                writer.write(JSON.writeValueAsString(line));
                writer.newLine();
            }
        });
        err.printf("matched %d profiles, top %d, into %s%n", profiles.size(), top, outFile);
        return 0;
    }

    static List<String> reasons(Match m) {
        var reasons = new ArrayList<String>();
        if (!m.sharedConcepts().isEmpty()) {
            reasons.add("shared concepts: " + String.join(", ", m.sharedConcepts()));
        }
        if (m.closestWork() != null) {
            reasons.add("closest work: \"" + m.closestWork().mine() + "\" ~ \"" + m.closestWork().theirs() + "\"");
        }
        if (!m.commonLanguages().isEmpty()) {
            reasons.add("common languages: " + String.join(", ", m.commonLanguages()));
        }
        if (!m.bridges().isEmpty()) {
            reasons.add("words across languages: " + String.join(", ", m.bridges().stream().map(Match.Bridge::toString).toList()));
        }
        return reasons;
    }

    private int score(Map<String, String> options) throws IOException {
        Path profilesFile = required(options, "profiles");
        Path pairsFile = required(options, "pairs");
        Path outFile = required(options, "out");
        var profiles = ProfileReader.read(profilesFile);
        var pairs = readPairs(pairsFile, profiles);
        var index = buildIndex(profiles);
        writeAtomically(outFile, writer -> {
            for (String[] pair : pairs) {
                writer.write(pair[0] + "\t" + pair[1] + "\t" + String.format(java.util.Locale.ROOT, "%.6f", index.score(pair[0], pair[1])));
                writer.newLine();
            }
        });
        err.printf("scored %d pairs into %s%n", pairs.size(), outFile);
        return 0;
    }

    private static List<String[]> readPairs(Path file, List<MatchProfile> profiles) throws IOException {
        var known = new HashMap<String, Boolean>();
        profiles.forEach(p -> known.put(p.id(), true));
        var pairs = new ArrayList<String[]>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new InputException(file, number, "expected a_id<TAB>b_id");
            }
            for (int i = 0; i < 2; i++) {
                if (!known.containsKey(cells[i].strip())) {
                    throw new InputException(file, number, "unknown profile id \"" + cells[i].strip() + "\"");
                }
            }
            pairs.add(new String[] {cells[0].strip(), cells[1].strip()});
        }
        return pairs;
    }

    private MatchEngine buildIndex(List<MatchProfile> profiles) {
        long start = System.nanoTime();
        var vocabulary = Vocabulary.load();
        var index = MatchEngines.exact(vocabulary, MatchingWeights.DEFAULT).build(profiles);
        err.printf("indexed %d profiles with %d vocabulary concepts in %.1f s%n", index.size(), vocabulary.size(),
                (System.nanoTime() - start) / 1e9);
        return index;
    }

    private interface Body {
        void write(BufferedWriter writer) throws IOException;
    }

    private static void writeAtomically(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
        try {
            try (var writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.write(writer);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static Path required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return Path.of(value);
    }

    private static int positiveInt(String value, String name) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a positive whole number");
    }
}

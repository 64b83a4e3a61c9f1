package com.researchbridge.matching.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * The vocabulary's broad concepts ({@code matching/broad-concepts.txt}): discipline names, general methods and
 * general qualities that name no specific topic (algorithms, mathematical modelling, meteorology, productivity).
 * The file says how they were chosen (for linguistic reasons, not by watching figures). The matcher weighs them
 * at {@link #WEIGHT} of their IDF, and a match sharing only broad concepts is a weak one.
 */
public final class BroadConcepts {

    /** What a broad concept's IDF is multiplied by. */
    public static final float WEIGHT = 0.25f;

    static final String LOCATION = "matching/broad-concepts.txt";

    private static final Set<String> IDS = read();

    private BroadConcepts() {
    }

    /** The ids in the file. */
    public static Set<String> ids() {
        return IDS;
    }

    public static boolean isBroad(Concept concept) {
        return IDS.contains(concept.id());
    }

    /** One flag per concept of the vocabulary, by concept index. */
    public static boolean[] flags(Vocabulary vocabulary) {
        var flags = new boolean[vocabulary.size()];
        for (int c = 0; c < flags.length; c++) {
            flags[c] = IDS.contains(vocabulary.get(c).id());
        }
        return flags;
    }

    private static Set<String> read() {
        var ids = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(LOCATION).getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
        return Set.copyOf(ids);
    }
}

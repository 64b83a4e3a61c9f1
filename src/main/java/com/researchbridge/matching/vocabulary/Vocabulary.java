package com.researchbridge.matching.vocabulary;

import com.researchbridge.base.SpreadsheetFile;
import com.researchbridge.matching.text.TextLanguage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The multilingual research vocabulary: {@code matching/vocabulary/*.tsv}, one file per field of research,
 * columns {@code id field en ru kk zh}, variants separated by {@code " | "}.
 */
public final class Vocabulary {

    static final String LOCATION = "classpath*:matching/vocabulary/*.tsv";
    private static final String HEADER = "id\tfield\ten\tru\tkk\tzh";
    private static final TextLanguage[] COLUMNS = {TextLanguage.EN, TextLanguage.RU, TextLanguage.KK, TextLanguage.ZH};

    private final List<Concept> concepts;
    private final Map<String, Concept> byId;

    private Vocabulary(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        this.byId = new HashMap<>();
        concepts.forEach(c -> byId.put(c.id(), c));
    }

    public static Vocabulary load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(files, (a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
            var concepts = new ArrayList<Concept>();
            for (Resource file : files) {
                read(file, concepts);
            }
            return new Vocabulary(concepts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the research vocabulary", e);
        }
    }

    private static void read(Resource file, List<Concept> into) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!HEADER.equals(header == null ? null : header.strip())) {
                throw new IllegalStateException(file.getFilename() + ": first line must be: " + HEADER);
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 6) {
                    throw new IllegalStateException(file.getFilename() + ":" + number + ": expected 6 columns, found " + cells.length);
                }
                var labels = new EnumMap<TextLanguage, List<String>>(TextLanguage.class);
                for (int i = 0; i < COLUMNS.length; i++) {
                    labels.put(COLUMNS[i], labelsOf(cells[i + 2]));
                }
                into.add(new Concept(into.size(), cells[0].strip(), cells[1].strip(), labels));
            }
        }
    }

    /**
     * This vocabulary with an administrator's edits applied: a changed concept keeps its place (so concept
     * numbers stay valid for indexes built before the edit), a removed one keeps its place with no labels (it
     * is never found again), and a new one is added at the end, in the order the edits are given.
     */
    public Vocabulary withEdits(List<ConceptEdit> edits) {
        var result = new ArrayList<>(concepts);
        var positions = new HashMap<String, Integer>();
        result.forEach(c -> positions.put(c.id(), c.index()));
        for (ConceptEdit edit : edits) {
            Integer at = positions.get(edit.id());
            var labels = edit.removed() ? new EnumMap<TextLanguage, List<String>>(TextLanguage.class) : edit.labels();
            if (at != null) {
                result.set(at, new Concept(at, edit.id(), edit.field(), labels));
            } else {
                positions.put(edit.id(), result.size());
                result.add(new Concept(result.size(), edit.id(), edit.field(), labels));
            }
        }
        return new Vocabulary(result);
    }

    /** Splits one cell of the file format ({@code "preferred | variant | ..."}) into labels. */
    public static List<String> labelsOf(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The vocabulary in the file format, one concept per line after the header, concepts without labels left out. */
    public String toTsv() {
        var rows = new ArrayList<List<String>>();
        for (Concept c : concepts) {
            if (c.labels().values().stream().allMatch(List::isEmpty)) {
                continue;
            }
            var row = new ArrayList<String>(List.of(c.id(), c.field()));
            for (TextLanguage language : COLUMNS) {
                row.add(String.join(" | ", c.labels().getOrDefault(language, List.of())));
            }
            rows.add(row);
        }
        return SpreadsheetFile.tsv(HEADER.split("\t"), rows);
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public Concept get(int index) {
        return concepts.get(index);
    }

    public java.util.Optional<Concept> byId(String id) {
        return java.util.Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return concepts.size();
    }
}

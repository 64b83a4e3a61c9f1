package com.researchbridge.matching.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A derived dictionary table (see {@code build.PivotTableBuilder}): source term → English stems with weights.
 * Lines stay undecoded until looked up, which keeps loading fast and the heap small.
 */
final class PivotTable {

    static final PivotTable EMPTY = new PivotTable(Map.of());

    private final Map<String, String> rows;

    private PivotTable(Map<String, String> rows) {
        this.rows = rows;
    }

    /** The table on the class path, or {@link #EMPTY} when the build did not derive it. */
    static PivotTable load(String resource) {
        InputStream in = PivotTable.class.getResourceAsStream(resource);
        if (in == null) {
            return EMPTY;
        }
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
            var rows = new HashMap<String, String>(1 << 18);
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    rows.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return new PivotTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pivot table " + resource, e);
        }
    }

    static PivotTable of(Map<String, String> rows) {
        return new PivotTable(Map.copyOf(rows));
    }

    boolean contains(String key) {
        return rows.containsKey(key);
    }

    /** English stem → weight, strongest first; empty when the key is unknown or a row is malformed. */
    Map<String, Float> lookup(String key) {
        String row = rows.get(key);
        if (row == null) {
            return Map.of();
        }
        String[] f = row.split("\t");
        var result = new LinkedHashMap<String, Float>();
        for (int i = 0; i + 1 < f.length; i += 2) {
            try {
                result.put(f[i], Float.parseFloat(f[i + 1]));
            } catch (NumberFormatException e) {
                // A damaged row costs that pivot only.
            }
        }
        return result;
    }

    Set<String> keys() {
        return rows.keySet();
    }

    int size() {
        return rows.size();
    }
}

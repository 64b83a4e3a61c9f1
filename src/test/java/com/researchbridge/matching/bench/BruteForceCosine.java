package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.Features;
import com.researchbridge.matching.engine.MatchProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline a competent engineer would write without an index: every profile's words and concepts (the same
 * features the matcher reads) as one TF-IDF vector, weights (1 + ln tf) × idf with idf = ln((N + 1)/(df + 1)) + 1,
 * L2-normalised once at build time and kept in flat arrays (dimensions sorted); a query is a merge-dot with every
 * candidate the country rule allows and a bounded top-k heap. No publication pairs, no fields: plain cosine.
 */
final class BruteForceCosine {

    private static final byte KZ = 1;
    private static final byte CN = 2;

    private final String[] ids;
    private final byte[] countries;
    private final int[] starts;
    private final int[] dims;
    private final float[] weights;

    private BruteForceCosine(String[] ids, byte[] countries, int[] starts, int[] dims, float[] weights) {
        this.ids = ids;
        this.countries = countries;
        this.starts = starts;
        this.dims = dims;
        this.weights = weights;
    }

    /** {@code features.get(i)} are the features of {@code profiles.get(i)}. */
    static BruteForceCosine of(List<MatchProfile> profiles, List<Features> features) {
        var builder = new Builder();
        for (int i = 0; i < profiles.size(); i++) {
            builder.add(profiles.get(i).id(), profiles.get(i).country(), features.get(i));
        }
        return builder.build();
    }

    /** Reads profiles one by one (their features need not stay in memory), then weighs and normalises. */
    static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private final Map<String, Integer> dimIds = new HashMap<>();
        private final List<int[]> rawDims = new ArrayList<>();
        private final List<float[]> rawCounts = new ArrayList<>();
        private int[] df = new int[1024];
        private int total;

        void add(String id, String country, Features features) {
            var keys = keys(features);
            int[] d = new int[keys.size()];
            float[] c = new float[keys.size()];
            int k = 0;
            for (var e : keys.entrySet()) {
                int dim = dimIds.computeIfAbsent(e.getKey(), key -> dimIds.size());
                if (dim == df.length) {
                    df = Arrays.copyOf(df, 2 * df.length);
                }
                df[dim]++;
                d[k] = dim;
                c[k++] = e.getValue();
            }
            ids.add(id);
            countries.add(country);
            rawDims.add(d);
            rawCounts.add(c);
            total += d.length;
        }

        BruteForceCosine build() {
            int n = ids.size();
            int[] starts = new int[n + 1];
            int[] dims = new int[total];
            float[] weights = new float[total];
            byte[] countryCodes = new byte[n];
            int at = 0;
            for (int i = 0; i < n; i++) {
                countryCodes[i] = country(countries.get(i));
                int[] d = rawDims.get(i);
                float[] c = rawCounts.get(i);
                Integer[] order = new Integer[d.length];
                for (int k = 0; k < d.length; k++) {
                    order[k] = k;
                }
                Arrays.sort(order, (x, y) -> Integer.compare(d[x], d[y]));
                starts[i] = at;
                double norm = 0;
                for (int k : order) {
                    double idf = Math.log((n + 1.0) / (df[d[k]] + 1.0)) + 1;
                    float w = (float) ((1 + Math.log(Math.max(1f, c[k]))) * idf);
                    dims[at] = d[k];
                    weights[at++] = w;
                    norm += (double) w * w;
                }
                float inverse = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
                for (int k = starts[i]; k < at; k++) {
                    weights[k] *= inverse;
                }
                rawDims.set(i, null);
                rawCounts.set(i, null);
            }
            starts[n] = at;
            return new BruteForceCosine(ids.toArray(String[]::new), countryCodes, starts, dims, weights);
        }
    }

    /** Words as they are ("ru:ледник"), concepts as "#index", one space. */
    private static Map<String, Float> keys(Features f) {
        var result = new HashMap<String, Float>(f.terms());
        f.concepts().forEach((concept, weight) -> result.put("#" + concept, weight));
        return result;
    }

    private static byte country(String code) {
        return "KZ".equals(code) ? KZ : "CN".equals(code) ? CN : 0;
    }

    /** The ids of the {@code k} most similar candidates of profile {@code seeker}, best first. */
    List<String> top(int seeker, int k) {
        var heap = new MinHeap(k);
        byte mine = countries[seeker];
        for (int c = 0; c < ids.length; c++) {
            if (c != seeker && candidate(mine, countries[c])) {
                double s = dot(seeker, c);
                if (s > 0) {
                    heap.offer(c, s);
                }
            }
        }
        int[] best = heap.sortedDescending();
        var result = new ArrayList<String>(best.length);
        for (int doc : best) {
            result.add(ids[doc]);
        }
        return result;
    }

    /** The rule of {@link MatchProfile#isCandidateFor} on country codes (KZ and CN meet each other only). */
    private static boolean candidate(byte mine, byte theirs) {
        return mine == KZ || mine == CN ? theirs != mine && (theirs == KZ || theirs == CN) : true;
    }

    double dot(int a, int b) {
        int i = starts[a];
        int j = starts[b];
        int endA = starts[a + 1];
        int endB = starts[b + 1];
        double sum = 0;
        while (i < endA && j < endB) {
            int da = dims[i];
            int db = dims[j];
            if (da == db) {
                sum += (double) weights[i++] * weights[j++];
            } else if (da < db) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** The {@code k} best (doc, score) pairs seen, the worst on top. */
    static final class MinHeap {
        private final int[] docs;
        private final double[] scores;
        private int size;

        MinHeap(int k) {
            docs = new int[k];
            scores = new double[k];
        }

        void offer(int doc, double score) {
            if (docs.length == 0) {
                return;
            }
            if (size < docs.length) {
                docs[size] = doc;
                scores[size] = score;
                up(size++);
            } else if (score > scores[0]) {
                docs[0] = doc;
                scores[0] = score;
                down(0);
            }
        }

        int[] sortedDescending() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
            int[] result = new int[size];
            for (int i = 0; i < size; i++) {
                result[i] = docs[order[i]];
            }
            return result;
        }

        private void up(int i) {
            while (i > 0 && scores[(i - 1) / 2] > scores[i]) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        private void down(int i) {
            while (true) {
                int smallest = i;
                int l = 2 * i + 1;
                int r = l + 1;
                if (l < size && scores[l] < scores[smallest]) {
                    smallest = l;
                }
                if (r < size && scores[r] < scores[smallest]) {
                    smallest = r;
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int a, int b) {
            int d = docs[a];
            docs[a] = docs[b];
            docs[b] = d;
            double s = scores[a];
            scores[a] = scores[b];
            scores[b] = s;
        }
    }
}

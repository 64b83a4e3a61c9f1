package com.researchbridge.matching.engine;

import java.util.Arrays;

/**
 * How close two researchers' work is, publication by publication: the mean similarity of the seeker's three
 * best-matched publications with any publication of the candidate. The seeker's publications are put once
 * into a small inverted table (dimension to publications and weights), so that a candidate's publications
 * are scored against all of them in one pass over the candidate's entries, instead of one sparse dot product
 * per publication pair. One instance serves one seeker on one thread.
 */
final class PublicationSimilarity {

    private static final int BEST_PUBLICATIONS = 3;

    private final int publications;
    private final int[] tableKeys;
    private final int[] tableSlots;
    private final int mask;
    private final int[] slotStart;
    private final int[] entryPublication;
    private final float[] entryWeight;
    private final double[] dots;
    private final double[] best;

    PublicationSimilarity(PublicationVectors seeker) {
        publications = seeker.count();
        int entries = seeker.entries();
        int capacity = Integer.highestOneBit(Math.max(4, entries * 2 - 1)) << 1;
        mask = capacity - 1;
        tableKeys = new int[capacity];
        tableSlots = new int[capacity];
        Arrays.fill(tableKeys, -1);
        int[] dims = seeker.dims();
        int[] slotOfEntry = new int[entries];
        int slots = 0;
        int[] counts = new int[entries + 1];
        for (int e = 0; e < entries; e++) {
            int at = find(dims[e]);
            if (tableKeys[at] == -1) {
                tableKeys[at] = dims[e];
                tableSlots[at] = slots++;
            }
            slotOfEntry[e] = tableSlots[at];
            counts[slotOfEntry[e] + 1]++;
        }
        slotStart = new int[slots + 1];
        for (int s = 0; s < slots; s++) {
            slotStart[s + 1] = slotStart[s] + counts[s + 1];
        }
        int[] fill = Arrays.copyOf(slotStart, slots);
        entryPublication = new int[entries];
        entryWeight = new float[entries];
        int[] offsets = seeker.offsets();
        for (int p = 0; p < publications; p++) {
            for (int e = offsets[p]; e < offsets[p + 1]; e++) {
                int at = fill[slotOfEntry[e]]++;
                entryPublication[at] = p;
                entryWeight[at] = seeker.weight(e);
            }
        }
        dots = new double[publications];
        best = new double[publications];
    }

    private int find(int dim) {
        int at = (dim * 0x9E3779B1) >>> 7 & mask;
        while (tableKeys[at] != -1 && tableKeys[at] != dim) {
            at = (at + 1) & mask;
        }
        return at;
    }

    /** The mean of the seeker's three best publication similarities with the candidate; 0 without publications. */
    double similarity(PublicationVectors candidate) {
        if (publications == 0 || candidate.count() == 0) {
            return 0;
        }
        Arrays.fill(best, 0);
        for (int j = 0; j < candidate.count(); j++) {
            accumulate(candidate, j);
            for (int i = 0; i < publications; i++) {
                if (dots[i] > best[i]) {
                    best[i] = dots[i];
                }
                dots[i] = 0;
            }
        }
        int top = Math.min(BEST_PUBLICATIONS, publications);
        double sum = 0;
        for (int t = 0; t < top; t++) {
            int max = 0;
            for (int i = 1; i < publications; i++) {
                if (best[i] > best[max]) {
                    max = i;
                }
            }
            sum += best[max];
            best[max] = -1;
        }
        return sum / top;
    }

    /** The closest pair: seeker's publication, candidate's publication and similarity; {@code null} if none is above 0. */
    double[] closestPair(PublicationVectors candidate) {
        double[] result = null;
        for (int j = 0; j < candidate.count(); j++) {
            accumulate(candidate, j);
            for (int i = 0; i < publications; i++) {
                double s = dots[i];
                dots[i] = 0;
                if (s > 0 && (result == null || s > result[2] || (s == result[2] && i < result[0]))) {
                    result = new double[] {i, j, s};
                }
            }
        }
        return result;
    }

    private void accumulate(PublicationVectors candidate, int j) {
        int[] dims = candidate.dims();
        int end = candidate.offsets()[j + 1];
        for (int e = candidate.offsets()[j]; e < end; e++) {
            int at = find(dims[e]);
            if (tableKeys[at] == -1) {
                continue;
            }
            int slot = tableSlots[at];
            float w = candidate.weight(e);
            for (int k = slotStart[slot]; k < slotStart[slot + 1]; k++) {
                dots[entryPublication[k]] += (double) entryWeight[k] * w;
            }
        }
    }
}

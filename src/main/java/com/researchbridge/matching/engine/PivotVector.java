package com.researchbridge.matching.engine;

import java.util.Arrays;

/**
 * A profile in the English analysis space (see {@link PivotFamily}): the TF-IDF weights of its pivot terms,
 * at most {@link #MAX_DIMS} of them, and for the strongest {@link #MAX_EXPLAINED} the word that stands for each,
 * for reasons. Dimensions are word ids of the English words ({@code "en:glacier"}), shared with the lexical vectors.
 */
record PivotVector(SparseVector weights, int[] explainedDims, PivotEvidence[] explained) {

    /** A 1 MB text or a gloss with fifty senses does not make a vector of thousands of dimensions. */
    static final int MAX_DIMS = 256;
    static final int MAX_EXPLAINED = 48;

    static final PivotVector EMPTY = new PivotVector(SparseVector.EMPTY, new int[0], new PivotEvidence[0]);

    /** The word that stands for dimension {@code dim}, or {@code null}. */
    PivotEvidence evidence(int dim) {
        int at = Arrays.binarySearch(explainedDims, dim);
        return at < 0 ? null : explained[at];
    }

    /**
     * Keeps the {@code MAX_DIMS} strongest of the weights (then normalised) and the evidence of the
     * {@code MAX_EXPLAINED} strongest.
     */
    static PivotVector of(int[] dims, float[] weights, PivotEvidence[] evidence) {
        Integer[] order = new Integer[dims.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
        int n = Math.min(MAX_DIMS, dims.length);
        int[] keptDims = new int[n];
        float[] keptWeights = new float[n];
        for (int i = 0; i < n; i++) {
            keptDims[i] = dims[order[i]];
            keptWeights[i] = weights[order[i]];
        }
        SparseVector vector = SparseVector.normalised(keptDims, keptWeights);
        if (vector.isEmpty()) {
            return EMPTY;
        }
        var explained = new java.util.TreeMap<Integer, PivotEvidence>();
        for (int i = 0; i < n && explained.size() < MAX_EXPLAINED; i++) {
            PivotEvidence e = evidence[order[i]];
            if (e != null && keptWeights[i] > 0) {
                explained.put(keptDims[i], e);
            }
        }
        return new PivotVector(vector, explained.keySet().stream().mapToInt(Integer::intValue).toArray(),
                explained.values().toArray(PivotEvidence[]::new));
    }
}

package com.researchbridge.matching.engine;

/**
 * The publication vectors of one profile in flat arrays (no object per publication): publication {@code p}
 * holds entries {@code offsets[p]} to {@code offsets[p + 1]}, each a dimension (words first, then concepts
 * past the last word id) and an L2-normalised weight, stored as a half-precision float (two bytes, about three
 * digits: publications are the largest part of the index).
 */
record PublicationVectors(int[] offsets, int[] dims, short[] weights) {

    static final PublicationVectors NONE = new PublicationVectors(new int[] {0}, new int[0], new short[0]);

    static PublicationVectors of(SparseVector[] publications) {
        int total = 0;
        for (SparseVector v : publications) {
            total += v.size();
        }
        int[] offsets = new int[publications.length + 1];
        int[] dims = new int[total];
        short[] weights = new short[total];
        int at = 0;
        for (int p = 0; p < publications.length; p++) {
            for (int i = 0; i < publications[p].size(); i++) {
                dims[at] = publications[p].dim(i);
                weights[at++] = Float.floatToFloat16(publications[p].weight(i));
            }
            offsets[p + 1] = at;
        }
        return new PublicationVectors(offsets, dims, weights);
    }

    /**
     * For each dimension, its highest weight in any of these publications: the dot product of two such vectors
     * bounds the similarity of any pair of publications of the two profiles (used to find candidates).
     */
    SparseVector maxima() {
        if (dims.length == 0) {
            return SparseVector.EMPTY;
        }
        Integer[] order = new Integer[dims.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(dims[a], dims[b]));
        int[] d = new int[dims.length];
        float[] w = new float[dims.length];
        int n = -1;
        for (int i : order) {
            float weight = weight(i);
            if (n >= 0 && d[n] == dims[i]) {
                w[n] = Math.max(w[n], weight);
            } else {
                d[++n] = dims[i];
                w[n] = weight;
            }
        }
        return new SparseVector(java.util.Arrays.copyOf(d, n + 1), java.util.Arrays.copyOf(w, n + 1));
    }

    float weight(int entry) {
        return Float.float16ToFloat(weights[entry]);
    }

    int count() {
        return offsets.length - 1;
    }

    int entries() {
        return dims.length;
    }
}

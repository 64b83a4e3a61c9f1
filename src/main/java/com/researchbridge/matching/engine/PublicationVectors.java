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
        // One primitive sort on (dimension, weight): the last entry of each dimension is its highest weight.
        long[] keys = new long[dims.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (long) dims[i] << 32 | (Float.floatToIntBits(weight(i)) & 0xFFFFFFFFL);
        }
        java.util.Arrays.sort(keys);
        int[] d = new int[keys.length];
        float[] w = new float[keys.length];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i + 1 == keys.length || (int) (keys[i + 1] >>> 32) != (int) (keys[i] >>> 32)) {
                d[n] = (int) (keys[i] >>> 32);
                w[n++] = Float.intBitsToFloat((int) keys[i]);
            }
        }
        return new SparseVector(java.util.Arrays.copyOf(d, n), java.util.Arrays.copyOf(w, n));
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

package com.researchbridge.matching.engine;

import java.util.Arrays;

/** An L2-normalised sparse vector: sorted dimension ids and their weights. Immutable. */
public final class SparseVector {

    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    private final int[] dims;
    private final float[] weights;

    SparseVector(int[] dims, float[] weights) {
        this.dims = dims;
        this.weights = weights;
    }

    /** Builds a normalised vector from parallel arrays in any order; zero weights are dropped. */
    static SparseVector normalised(int[] dims, float[] weights) {
        Integer[] order = new Integer[dims.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(dims[a], dims[b]));
        double norm = 0;
        for (float w : weights) {
            norm += (double) w * w;
        }
        if (norm == 0) {
            return EMPTY;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        int n = 0;
        int[] d = new int[dims.length];
        float[] v = new float[dims.length];
        for (Integer i : order) {
            if (weights[i] != 0) {
                d[n] = dims[i];
                v[n++] = weights[i] * inv;
            }
        }
        return new SparseVector(Arrays.copyOf(d, n), Arrays.copyOf(v, n));
    }

    public double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < dims.length && j < other.dims.length) {
            if (dims[i] == other.dims[j]) {
                sum += (double) weights[i++] * other.weights[j++];
            } else if (dims[i] < other.dims[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    public int size() {
        return dims.length;
    }

    public int dim(int i) {
        return dims[i];
    }

    public float weight(int i) {
        return weights[i];
    }

    public boolean isEmpty() {
        return dims.length == 0;
    }
}

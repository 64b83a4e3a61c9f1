package com.researchbridge.matching.engine;

import java.util.Arrays;

/**
 * Inverted lists: for each dimension, the documents that have it and their weights. The weights only rank
 * candidates for exact scoring, so they are kept as half-precision floats (two bytes, about three digits).
 */
final class Postings {

    private final int[][] docs;
    private final short[][] weights;

    private Postings(int[][] docs, short[][] weights) {
        this.docs = docs;
        this.weights = weights;
    }

    /**
     * These lists with one document's entries replaced: only the lists of the dimensions it leaves or gains are
     * copied, the others are shared with this (unchanged) instance.
     */
    Postings replaced(int doc, SparseVector before, SparseVector after) {
        int[][] newDocs = docs.clone();
        short[][] newWeights = weights.clone();
        for (int i = 0; i < before.size(); i++) {
            int d = before.dim(i);
            int[] ds = newDocs[d];
            int at = -1;
            for (int k = 0; k < ds.length; k++) {
                if (ds[k] == doc) {
                    at = k;
                    break;
                }
            }
            if (at >= 0) {
                newDocs[d] = remove(ds, at);
                newWeights[d] = remove(newWeights[d], at);
            }
        }
        for (int i = 0; i < after.size(); i++) {
            int d = after.dim(i);
            if (d >= newDocs.length) {
                continue;
            }
            newDocs[d] = Arrays.copyOf(newDocs[d], newDocs[d].length + 1);
            newDocs[d][newDocs[d].length - 1] = doc;
            newWeights[d] = Arrays.copyOf(newWeights[d], newWeights[d].length + 1);
            newWeights[d][newWeights[d].length - 1] = Float.floatToFloat16(after.weight(i));
        }
        return new Postings(newDocs, newWeights);
    }

    private static int[] remove(int[] values, int at) {
        int[] result = new int[values.length - 1];
        System.arraycopy(values, 0, result, 0, at);
        System.arraycopy(values, at + 1, result, at, values.length - at - 1);
        return result;
    }

    private static short[] remove(short[] values, int at) {
        short[] result = new short[values.length - 1];
        System.arraycopy(values, 0, result, 0, at);
        System.arraycopy(values, at + 1, result, at, values.length - at - 1);
        return result;
    }

    Postings(SparseVector[] vectors, int dimensions) {
        int[] counts = new int[dimensions];
        for (SparseVector v : vectors) {
            for (int i = 0; i < v.size(); i++) {
                counts[v.dim(i)]++;
            }
        }
        docs = new int[dimensions][];
        weights = new short[dimensions][];
        for (int d = 0; d < dimensions; d++) {
            docs[d] = new int[counts[d]];
            weights[d] = new short[counts[d]];
        }
        Arrays.fill(counts, 0);
        for (int doc = 0; doc < vectors.length; doc++) {
            SparseVector v = vectors[doc];
            for (int i = 0; i < v.size(); i++) {
                int d = v.dim(i);
                docs[d][counts[d]] = doc;
                weights[d][counts[d]++] = Float.floatToFloat16(v.weight(i));
            }
        }
    }

    /** How many (document, weight) entries the lists hold. */
    long entries() {
        long n = 0;
        for (int[] list : docs) {
            n += list.length;
        }
        return n;
    }

    /** Adds {@code factor × query weight × document weight} to each document's accumulator. */
    void accumulate(SparseVector query, double factor, int maxQueryDims, float[] acc, IntList touched) {
        int[] order = strongestDims(query, maxQueryDims);
        for (int i : order) {
            int d = query.dim(i);
            float q = (float) (query.weight(i) * factor);
            int[] ds = docs[d];
            short[] ws = weights[d];
            for (int k = 0; k < ds.length; k++) {
                int doc = ds[k];
                if (acc[doc] == 0) {
                    touched.add(doc);
                }
                acc[doc] += q * Float.float16ToFloat(ws[k]);
            }
        }
    }

    private static int[] strongestDims(SparseVector query, int max) {
        Integer[] idx = new Integer[query.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        if (idx.length > max) {
            Arrays.sort(idx, (a, b) -> Float.compare(query.weight(b), query.weight(a)));
        }
        int n = Math.min(max, idx.length);
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = idx[i];
        }
        return result;
    }

    /** A growable int array, reused between queries. */
    static final class IntList {
        int[] values = new int[1024];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}

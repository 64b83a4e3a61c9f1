package com.researchbridge.matching.engine;

import java.util.Arrays;

/**
 * Inverted lists: for each dimension, the documents that have it (in increasing order) and their weights. The
 * weights only rank and bound candidates for exact scoring, so they are kept as half-precision floats (two
 * bytes, about three digits; a bound read from them allows for that rounding). The lists are held in chunks of
 * {@value #CHUNK} dimensions, so that a one-profile update copies the chunks and lists that profile touches,
 * not an array as long as the vocabulary.
 */
final class Postings {

    private static final int SHIFT = 6;
    static final int CHUNK = 1 << SHIFT;
    private static final int[] NO_DOCS = new int[0];
    private static final short[] NO_WEIGHTS = new short[0];

    private final int[][][] docs;
    private final short[][][] weights;
    /** Per dimension, the highest weight in its list (an update may raise it, never lowers it: a bound). */
    private final float[][] highest;
    private final int dimensions;

    private Postings(int[][][] docs, short[][][] weights, float[][] highest, int dimensions) {
        this.docs = docs;
        this.weights = weights;
        this.highest = highest;
        this.dimensions = dimensions;
    }

    Postings(SparseVector[] vectors, int dimensions) {
        this.dimensions = dimensions;
        int[] counts = new int[dimensions];
        for (SparseVector v : vectors) {
            for (int i = 0; i < v.size(); i++) {
                if (v.dim(i) < dimensions) {
                    counts[v.dim(i)]++;
                }
            }
        }
        int chunks = (dimensions + CHUNK - 1) >>> SHIFT;
        docs = new int[chunks][][];
        weights = new short[chunks][][];
        highest = new float[chunks][];
        for (int c = 0; c < chunks; c++) {
            int size = Math.min(CHUNK, dimensions - (c << SHIFT));
            docs[c] = new int[size][];
            weights[c] = new short[size][];
            highest[c] = new float[size];
            for (int j = 0; j < size; j++) {
                int d = (c << SHIFT) + j;
                docs[c][j] = counts[d] == 0 ? NO_DOCS : new int[counts[d]];
                weights[c][j] = counts[d] == 0 ? NO_WEIGHTS : new short[counts[d]];
            }
        }
        Arrays.fill(counts, 0);
        for (int doc = 0; doc < vectors.length; doc++) {
            SparseVector v = vectors[doc];
            for (int i = 0; i < v.size(); i++) {
                int d = v.dim(i);
                if (d < dimensions) {
                    int at = counts[d]++;
                    docs[d >>> SHIFT][d & (CHUNK - 1)][at] = doc;
                    short w = Float.floatToFloat16(v.weight(i));
                    weights[d >>> SHIFT][d & (CHUNK - 1)][at] = w;
                    float[] h = highest[d >>> SHIFT];
                    h[d & (CHUNK - 1)] = Math.max(h[d & (CHUNK - 1)], Float.float16ToFloat(w));
                }
            }
        }
    }

    private int[] docsOf(int d) {
        return docs[d >>> SHIFT][d & (CHUNK - 1)];
    }

    private short[] weightsOf(int d) {
        return weights[d >>> SHIFT][d & (CHUNK - 1)];
    }

    /**
     * These lists with one document's entries replaced: only the chunks and lists of the dimensions it has before
     * or after are copied, the others are shared with this (unchanged) instance. Costs the length of those lists,
     * not the number of documents or dimensions.
     */
    Postings replaced(int doc, SparseVector before, SparseVector after) {
        int[][][] newDocs = docs.clone();
        short[][][] newWeights = weights.clone();
        float[][] newHighest = highest.clone();
        boolean[] copied = new boolean[docs.length];
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            int db = i < before.size() ? before.dim(i) : Integer.MAX_VALUE;
            int da = j < after.size() ? after.dim(j) : Integer.MAX_VALUE;
            int d = Math.min(db, da);
            boolean keep = da == d;
            short weight = keep ? Float.floatToFloat16(after.weight(j)) : 0;
            if (db == d) {
                i++;
            }
            if (da == d) {
                j++;
            }
            if (d >= dimensions) {
                continue;
            }
            int c = d >>> SHIFT;
            if (!copied[c]) {
                copied[c] = true;
                newDocs[c] = newDocs[c].clone();
                newWeights[c] = newWeights[c].clone();
                newHighest[c] = newHighest[c].clone();
            }
            if (keep) {
                newHighest[c][d & (CHUNK - 1)] = Math.max(newHighest[c][d & (CHUNK - 1)], Float.float16ToFloat(weight));
            }
            int[] ds = newDocs[c][d & (CHUNK - 1)];
            short[] ws = newWeights[c][d & (CHUNK - 1)];
            int at = Arrays.binarySearch(ds, doc);
            int[] nd;
            short[] nw;
            if (at >= 0 && keep) {
                nd = ds;
                nw = ws.clone();
                nw[at] = weight;
            } else if (at >= 0) {
                nd = new int[ds.length - 1];
                nw = new short[ds.length - 1];
                System.arraycopy(ds, 0, nd, 0, at);
                System.arraycopy(ds, at + 1, nd, at, ds.length - at - 1);
                System.arraycopy(ws, 0, nw, 0, at);
                System.arraycopy(ws, at + 1, nw, at, ws.length - at - 1);
            } else if (keep) {
                int insert = -at - 1;
                nd = new int[ds.length + 1];
                nw = new short[ds.length + 1];
                System.arraycopy(ds, 0, nd, 0, insert);
                System.arraycopy(ds, insert, nd, insert + 1, ds.length - insert);
                System.arraycopy(ws, 0, nw, 0, insert);
                System.arraycopy(ws, insert, nw, insert + 1, ws.length - insert);
                nd[insert] = doc;
                nw[insert] = weight;
            } else {
                continue;
            }
            newDocs[c][d & (CHUNK - 1)] = nd;
            newWeights[c][d & (CHUNK - 1)] = nw;
        }
        return new Postings(newDocs, newWeights, newHighest, dimensions);
    }

    /** How many (document, weight) entries the lists hold. */
    long entries() {
        long n = 0;
        for (int[][] chunk : docs) {
            for (int[] list : chunk) {
                n += list.length;
            }
        }
        return n;
    }

    /**
     * Adds {@code factor × query weight × document weight} to each document's accumulator, over the
     * {@code maxQueryDims} strongest dimensions of the query (the heuristic pool).
     */
    void accumulate(SparseVector query, double factor, int maxQueryDims, float[] acc, IntList touched) {
        int[] order = strongestDims(query, maxQueryDims);
        for (int i : order) {
            int d = query.dim(i);
            if (d >= dimensions) {
                continue;
            }
            float q = (float) (query.weight(i) * factor);
            int[] ds = docsOf(d);
            short[] ws = weightsOf(d);
            for (int k = 0; k < ds.length; k++) {
                int doc = ds[k];
                if (acc[doc] == 0) {
                    touched.add(doc);
                }
                acc[doc] += q * Float.float16ToFloat(ws[k]);
            }
        }
    }

    /**
     * Adds {@code factor × query weight × document weight} over every dimension of the query to
     * {@code acc[doc]}; a document met for the first time in this query ({@code seen[doc] != epoch}) is listed in
     * {@code touched} and its accumulators {@code acc} and {@code other} start from 0.
     */
    void accumulateAll(SparseVector query, double factor, float[] acc, float[] other, int[] seen, int epoch,
                       IntList touched) {
        for (int i = 0; i < query.size(); i++) {
            int d = query.dim(i);
            if (d >= dimensions) {
                continue;
            }
            accumulateList(d, (float) (query.weight(i) * factor), acc, other, seen, epoch, touched);
        }
    }

    /** The highest weight the list of {@code d} holds or held (0 for a dimension past the lists). */
    float highest(int d) {
        return d >= dimensions ? 0 : highest[d >>> SHIFT][d & (CHUNK - 1)];
    }

    /**
     * Adds {@code factor × document weight} of the list of {@code d} to each document's {@code acc}; a document
     * met for the first time in this query ({@code seen[doc] != epoch}) is listed in {@code touched} and its
     * accumulators {@code acc} and {@code other} start from 0.
     */
    void accumulateList(int d, float factor, float[] acc, float[] other, int[] seen, int epoch, IntList touched) {
        if (d >= dimensions) {
            return;
        }
        int[] ds = docsOf(d);
        short[] ws = weightsOf(d);
        for (int k = 0; k < ds.length; k++) {
            int doc = ds[k];
            if (seen[doc] != epoch) {
                seen[doc] = epoch;
                touched.add(doc);
                acc[doc] = 0;
                other[doc] = 0;
            }
            acc[doc] += factor * Float.float16ToFloat(ws[k]);
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

package com.researchbridge.matching.engine;

import java.util.Arrays;

/** The {@code size} documents with the highest scores offered so far: a min-heap on the score, so each offer costs O(log size). */
final class TopPool {
    private final int[] docs;
    private final float[] scores;
    private int count;

    TopPool(int size) {
        docs = new int[size];
        scores = new float[size];
    }

    void offer(int doc, float score) {
        if (count < docs.length) {
            int i = count++;
            docs[i] = doc;
            scores[i] = score;
            siftUp(i);
        } else if (count > 0 && score > scores[0]) {
            docs[0] = doc;
            scores[0] = score;
            siftDown(0);
        }
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (scores[parent] <= scores[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= count) {
                return;
            }
            int smaller = left + 1 < count && scores[left + 1] < scores[left] ? left + 1 : left;
            if (scores[i] <= scores[smaller]) {
                return;
            }
            swap(i, smaller);
            i = smaller;
        }
    }

    private void swap(int a, int b) {
        int d = docs[a];
        docs[a] = docs[b];
        docs[b] = d;
        float s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
    }

    int count() {
        return count;
    }

    /** The pooled documents, in no particular order. */
    int[] docs() {
        return Arrays.copyOf(docs, count);
    }
}

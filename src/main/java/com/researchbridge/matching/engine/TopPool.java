package com.researchbridge.matching.engine;

import java.util.Arrays;

/** The {@code size} documents with the highest scores offered so far. */
final class TopPool {
    private final int[] docs;
    private final float[] scores;
    private int count;
    private int min = -1;

    TopPool(int size) {
        docs = new int[size];
        scores = new float[size];
    }

    void offer(int doc, float score) {
        if (count < docs.length) {
            docs[count] = doc;
            scores[count++] = score;
            min = -1;
            return;
        }
        if (min < 0) {
            min = 0;
            for (int i = 1; i < count; i++) {
                if (scores[i] < scores[min]) {
                    min = i;
                }
            }
        }
        if (score > scores[min]) {
            docs[min] = doc;
            scores[min] = score;
            min = -1;
        }
    }

    int count() {
        return count;
    }

    int[] docs() {
        return Arrays.copyOf(docs, count);
    }
}

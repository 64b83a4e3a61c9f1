package com.researchbridge.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopPoolTest {

    @Test
    void keepsExactlyTheHighestScoresWhateverTheOrderOfOffers() {
        var random = new Random(7);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(5_000);
            int size = 1 + random.nextInt(300);
            float[] scores = new float[n];
            var pool = new TopPool(size);
            for (int doc = 0; doc < n; doc++) {
                scores[doc] = random.nextInt(1_000) / 10f; // ties on purpose
                pool.offer(doc, scores[doc]);
            }
            float[] kept = new float[pool.count()];
            int[] docs = pool.docs();
            for (int i = 0; i < docs.length; i++) {
                kept[i] = scores[docs[i]];
            }
            Arrays.sort(kept);
            float[] all = scores.clone();
            Arrays.sort(all);
            float[] best = Arrays.copyOfRange(all, all.length - Math.min(size, n), all.length);
            assertThat(pool.count()).isEqualTo(Math.min(size, n));
            assertThat(kept).containsExactly(best);
            assertThat(Arrays.stream(docs).distinct().count()).isEqualTo(docs.length);
        }
    }
}

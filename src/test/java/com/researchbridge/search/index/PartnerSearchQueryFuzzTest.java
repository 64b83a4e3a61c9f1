package com.researchbridge.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.TextAnalyser;
import com.researchbridge.testsupport.fuzz.BoundedRunner;
import com.researchbridge.testsupport.fuzz.FuzzText;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of partner search queries (issue 9) on a small in-memory index: any text and filter value
 * is analysed and searched within a second, never throws, and returns at most the page asked for.
 */
class PartnerSearchQueryFuzzTest {

    private static final BoundedRunner SEARCH = new BoundedRunner("search queries", Duration.ofSeconds(1));
    private static PartnerSearchIndex index;

    @BeforeContainer
    static void buildIndex() {
        var analyser = TextAnalyser.withReviewedVocabulary();
        index = new PartnerSearchIndex(analyser);
        String[] texts = {"Glacier mass balance and runoff in the Tian Shan", "Ледниковый сток и баланс массы ледников",
                "Мұздықтардың еруі және су ресурстары", "冰川物质平衡与径流", "Wheat stripe rust resistance genes",
                "Пшеница, устойчивость к ржавчине", "小麦条锈病抗性基因", "Inverse problems for parabolic equations"};
        for (int i = 0; i < texts.length; i++) {
            index.put(new PartnerSearchIndex.Entry(i % 2 == 0 ? "profile" : "topic", String.valueOf(i),
                    Map.of("country", Set.of(i < 4 ? "KZ" : "CN"), "field", Set.of("1." + i)), Long.MAX_VALUE,
                    analyser.text(texts[i])));
        }
        index.refresh();
        SEARCH.warmUp(() -> index.search("profile", "glacier ледник 冰川", Map.of(), 0, 0, 10));
    }

    @AfterContainer
    static void report() {
        SEARCH.report();
        index.close();
    }

    @Property(tries = 10_000)
    void anyQueryIsAnsweredWithAtMostOnePage(@ForAll("queries") String text, @ForAll("filterValues") String filter) {
        var page = SEARCH.run(text.length(), text, () -> index.search(filter.length() % 2 == 0 ? "profile" : "topic", text,
                Map.of("country", filter.isEmpty() ? Set.of() : Set.copyOf(List.of(filter, "KZ"))), 20_000, 0, 10));
        assertThat(page.ids()).hasSizeLessThanOrEqualTo(10);
        assertThat(page.total()).isGreaterThanOrEqualTo(page.ids().size()).isLessThanOrEqualTo(index.size());
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> words = FuzzText.wordsText(120);
        return Arbitraries.frequencyOf(
                Tuple.of(2, FuzzText.anyText(300)),
                Tuple.of(3, words),
                Tuple.of(5, FuzzText.mutated(words, List.of("*", "?", "~", ":", "\"", "AND", "OR", "NOT", "(", ")", "+", "-",
                        "field:", "\\", "/", "^2", "ледник", "冰川", "мұздық", "glacier"))));
    }

    @Provide
    Arbitrary<String> filterValues() {
        return Arbitraries.oneOf(Arbitraries.of("", "KZ", "CN"), FuzzText.anyText(20));
    }
}

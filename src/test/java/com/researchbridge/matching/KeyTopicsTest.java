package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.KeyTopicReader.KeyTopic;
import com.researchbridge.base.KeyTopicReader.Source;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Concept;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

class KeyTopicsTest {

    private static final KeyTopics KEY_TOPICS = KeyTopics.withReviewedVocabulary();

    private static List<String> labels(List<KeyTopic> topics) {
        return topics.stream().map(KeyTopic::label).toList();
    }

    @Test
    void aKazakhTextIsReadInChineseAndARussianOneInKazakh() {
        var kazakh = KEY_TOPICS.keyTopics(List.of(new Source("kk",
                "Параболалық теңдеулер үшін кері есептерді зерттеймін, регуляризация әдістерін қолданамын.",
                List.of("кері есептер"))), UiLanguage.ZH, 6);
        assertThat(labels(kazakh)).contains("反问题");
        assertThat(kazakh).noneMatch(KeyTopic::inEnglish);

        var russian = KEY_TOPICS.keyTopics(List.of(new Source("ru", "Обратные задачи для параболических уравнений.",
                List.of("обратные задачи"))), UiLanguage.KK, 6);
        assertThat(labels(russian)).contains("кері есептер");
    }

    @Test
    void theStrongestConceptComesFirst() {
        var topics = KEY_TOPICS.keyTopics(List.of(new Source("zh",
                "反问题。反问题的正则化方法。反问题与不适定问题。", List.of("数学物理反问题"))), UiLanguage.RU, 6);
        assertThat(topics.getFirst().label()).isEqualTo("обратные задачи");
    }

    @Test
    void aLabelMissingInTheReadersLanguageFallsBackToEnglishMarkedAsSuch() {
        var concept = new Concept(0, "glacier_mass_balance", "1.5", Map.of(
                TextLanguage.EN, List.of("glacier mass balance"), TextLanguage.ZH, List.of("冰川物质平衡")));
        assertThat(KeyTopics.labelled(concept, UiLanguage.KK)).isEqualTo(new KeyTopic("glacier_mass_balance", "glacier mass balance", true));
        assertThat(KeyTopics.labelled(concept, UiLanguage.ZH)).isEqualTo(new KeyTopic("glacier_mass_balance", "冰川物质平衡", false));
        assertThat(KeyTopics.labelled(concept, UiLanguage.EN).inEnglish()).isFalse();
    }

    @Test
    void aKeywordIsGlossedInTheReadersLanguageAndAnUnknownOneIsNot() {
        assertThat(KEY_TOPICS.gloss("обратные задачи", "ru", UiLanguage.ZH)).map(KeyTopic::label).contains("反问题");
        assertThat(KEY_TOPICS.gloss("正则化方法", "zh", UiLanguage.KK)).isPresent();
        assertThat(KEY_TOPICS.gloss("ბუნებრივი ენა", null, UiLanguage.ZH)).isEmpty();
        assertThat(KEY_TOPICS.gloss("обратные задачи", "ru", UiLanguage.RU)).as("same language: nothing to gloss").isEmpty();
        assertThat(KEY_TOPICS.gloss("  ", "ru", UiLanguage.ZH)).isEmpty();
    }

    @Test
    void nothingRecognisableGivesNoTopicsAndHugeOrMixedInputStaysBounded() {
        assertThat(KEY_TOPICS.keyTopics(List.of(Source.of(null, "")), UiLanguage.KK, 6)).isEmpty();
        assertThat(KEY_TOPICS.keyTopics(List.of(Source.of("en", "ლორემ იფსუმ ქართული ტექსტი")), UiLanguage.KK, 6)).isEmpty();
        String huge = "обратные задачи ".repeat(100_000) + "冰川物质平衡";
        var topics = KEY_TOPICS.keyTopics(List.of(Source.of(null, huge)), UiLanguage.EN, 6);
        assertThat(labels(topics)).contains("inverse problems").hasSizeLessThanOrEqualTo(6);
        var mixed = KEY_TOPICS.keyTopics(List.of(Source.of(null,
                "Кері есептер; 反问题 and regularization; обратные задачи")), UiLanguage.ZH, 3);
        assertThat(mixed).hasSizeLessThanOrEqualTo(3).extracting(KeyTopic::label).contains("反问题");
        assertThat(KEY_TOPICS.keyTopics(List.of(Source.of("kk", "кері есептер")), UiLanguage.ZH, 0)).isEmpty();
    }

    /**
     * The count the issue asks for: of the demo profiles written in another language than the reader's, the
     * share for which at least three key topics are shown, and at least three in the reader's own language
     * (not the English fallback). Printed; the floor only guards against the line going blank.
     */
    @Test
    void mostForeignDemoProfilesShowAtLeastThreeKeyTopicsInEveryReaderLanguage() throws Exception {
        var profiles = new ArrayList<Map.Entry<String, List<Source>>>();
        var json = JsonMapper.builder().build();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/researchers.jsonl").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                var n = json.readTree(line);
                String language = n.get("lang").asString();
                var keywords = new ArrayList<String>();
                n.get("keywords").forEach(k -> keywords.add(k.asString()));
                var texts = new ArrayList<Source>();
                texts.add(new Source(language, n.get("summary").asString(), keywords));
                var en = n.get("summaryEn");
                if (en != null && !en.isNull()) {
                    texts.add(Source.of("en", en.asString()));
                }
                profiles.add(Map.entry(language, texts));
            }
        }
        var report = new StringBuilder("Key topics over the demo profiles (foreign = written in another language than the reader's):\n");
        for (UiLanguage reader : UiLanguage.values()) {
            int foreign = 0, threeShown = 0, threeOwn = 0;
            for (var profile : profiles) {
                if (profile.getKey().equals(reader.code())) {
                    continue;
                }
                foreign++;
                var topics = KEY_TOPICS.keyTopics(profile.getValue(), reader, 6);
                if (topics.size() >= 3) {
                    threeShown++;
                }
                if (topics.stream().filter(t -> !t.inEnglish()).count() >= 3) {
                    threeOwn++;
                }
            }
            report.append(String.format("  reader %s: %d foreign profiles, >=3 key topics shown %d (%.1f%%), >=3 in %s itself %d (%.1f%%)%n",
                    reader.code(), foreign, threeShown, 100.0 * threeShown / foreign, reader.code(), threeOwn, 100.0 * threeOwn / foreign));
            assertThat(threeShown).as("reader %s", reader).isGreaterThan(foreign / 2);
        }
        System.out.print(report);
    }
}

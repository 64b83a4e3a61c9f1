package com.researchbridge.matching;

import com.researchbridge.base.KeyTopicReader;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Concept;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Key topics in the reader's language: the vocabulary concepts the analyser finds in a profile, topic or plan,
 * strongest first, each with its label in the reader's UI language (English, marked as such, where the
 * vocabulary has none). Pages read every text on each visit, so what a text mentions is kept per text until
 * the vocabulary changes; labels are looked up per reader.
 */
@Service
public class KeyTopics implements KeyTopicReader {

    /** Texts longer than this are read up to here: a page stays quick whatever a profile holds. */
    static final int MAX_TEXT = 20_000;
    private static final int CACHED_TEXTS = 4_000;

    private final TextAnalyser analyser;
    private final java.util.function.Supplier<com.researchbridge.matching.vocabulary.Vocabulary> vocabulary;
    private final Map<Source, Map<Integer, Float>> read = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Source, Map<Integer, Float>> eldest) {
            return size() > CACHED_TEXTS;
        }
    };

    @org.springframework.beans.factory.annotation.Autowired
    KeyTopics(TextAnalyser analyser, VocabularyStore vocabulary) {
        this(analyser, vocabulary::current);
    }

    private KeyTopics(TextAnalyser analyser, java.util.function.Supplier<com.researchbridge.matching.vocabulary.Vocabulary> vocabulary) {
        this.analyser = analyser;
        this.vocabulary = vocabulary;
    }

    /** Key topics over the reviewed vocabulary files, without the application (for tests and counts). */
    public static KeyTopics withReviewedVocabulary() {
        var files = com.researchbridge.matching.vocabulary.Vocabulary.load();
        return new KeyTopics(new TextAnalyser(new com.researchbridge.matching.engine.FeatureExtractor(files)), () -> files);
    }

    @Override
    public List<KeyTopic> keyTopics(List<Source> texts, UiLanguage reader, int limit) {
        var weights = new HashMap<Integer, Float>();
        for (Source text : texts) {
            if (text != null && (!text.text().isBlank() || !text.keywords().isEmpty())) {
                conceptsOf(text).forEach((concept, weight) -> weights.merge(concept, weight, Float::sum));
            }
        }
        var current = vocabulary.get();
        var strongest = new ArrayList<>(weights.entrySet());
        strongest.sort(Map.Entry.<Integer, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        var result = new ArrayList<KeyTopic>();
        var labels = new java.util.HashSet<String>();
        for (var entry : strongest) {
            if (result.size() >= Math.max(0, limit)) {
                break;
            }
            if (entry.getKey() < 0 || entry.getKey() >= current.size()) {
                continue;
            }
            KeyTopic topic = labelled(current.get(entry.getKey()), reader);
            // Two concepts may share a label in one language (a broader and a narrower one): show it once.
            if (labels.add(topic.label())) {
                result.add(topic);
            }
        }
        return List.copyOf(result);
    }

    @Override
    public Optional<KeyTopic> gloss(String keyword, String language, UiLanguage reader) {
        if (keyword == null || keyword.isBlank() || reader.code().equals(language)) {
            return Optional.empty();
        }
        var found = keyTopics(List.of(new Source(language, "", List.of(keyword))), reader, 1);
        return found.stream().filter(t -> !t.label().equalsIgnoreCase(keyword.strip())).findFirst();
    }

    static KeyTopic labelled(Concept concept, UiLanguage reader) {
        var language = TextLanguage.fromCode(reader.code()).orElse(TextLanguage.EN);
        var own = concept.labels().getOrDefault(language, List.of());
        if (!own.isEmpty()) {
            return new KeyTopic(concept.id(), own.getFirst(), false);
        }
        return new KeyTopic(concept.id(), concept.label(TextLanguage.EN), language != TextLanguage.EN);
    }

    private Map<Integer, Float> conceptsOf(Source text) {
        var bounded = text.text().length() <= MAX_TEXT ? text
                : new Source(text.language(), text.text().substring(0, MAX_TEXT), text.keywords());
        synchronized (read) {
            var known = read.get(bounded);
            if (known != null) {
                return known;
            }
        }
        var concepts = analyser.document(bounded.language(), bounded.text(), bounded.keywords()).concepts();
        synchronized (read) {
            read.put(bounded, concepts);
        }
        return concepts;
    }

    /** Concept numbers keep their meaning, but an edit changes what a text mentions and how it is labelled. */
    @EventListener
    void on(VocabularyStore.VocabularyChanged changed) {
        synchronized (read) {
            read.clear();
        }
    }
}

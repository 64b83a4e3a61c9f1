package com.researchbridge.matching.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenNLP's character n-gram language detector (the langdetect-183 model from Maven Central), asked only to
 * weigh the languages we care about against their look-alikes. The model (about 35 MB of heap) is loaded on
 * first use, once; if it cannot be loaded, the detector stays silent and the rules decide alone.
 */
final class StatisticalLanguageDetector {

    private static final Logger log = LoggerFactory.getLogger(StatisticalLanguageDetector.class);

    /** Languages that write like Kazakh: Cyrillic Turkic languages, and Latin-script Turkic ones for Kazakh Latin. */
    private static final Set<String> KAZAKH_LIKE = Set.of("kaz", "kir", "tat", "bak", "uzb", "tur", "aze");
    private static final Set<String> RUSSIAN_LIKE = Set.of("rus", "ukr", "bel", "bul", "mkd", "srp");
    private static final Set<String> ENGLISH = Set.of("eng");
    /** Longest text given to the model; its n-gram counts settle long before that. */
    private static final int MAX_CHARS = 1_000;
    private static final double FLOOR = 1e-6;

    private StatisticalLanguageDetector() {
    }

    private static final class Holder {
        static final LanguageDetectorME DETECTOR = load();

        private static LanguageDetectorME load() {
            try (InputStream in = StatisticalLanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    log.warn("OpenNLP language model not on the class path; Kazakh/Russian/English told apart by rules only");
                    return null;
                }
                return new LanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException | RuntimeException e) {
                log.warn("OpenNLP language model could not be loaded; rules only", e);
                return null;
            }
        }
    }

    /** Natural log of P(most likely Kazakh-like) / P(most likely Russian-like); 0 when the model is missing. */
    static double kazakhOverRussian(String text) {
        return logRatio(text, KAZAKH_LIKE, RUSSIAN_LIKE);
    }

    /** Natural log of P(Turkic in Latin script) / P(English); 0 when the model is missing. */
    static double kazakhOverEnglish(String text) {
        return logRatio(text, KAZAKH_LIKE, ENGLISH);
    }

    private static double logRatio(String text, Set<String> numerator, Set<String> denominator) {
        LanguageDetectorME detector = Holder.DETECTOR;
        if (detector == null) {
            return 0;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        double up = FLOOR;
        double down = FLOOR;
        Language[] languages;
        synchronized (detector) {   // LanguageDetectorME keeps per-call state
            languages = detector.predictLanguages(sample);
        }
        for (Language language : languages) {
            // The best of each group, not the sum: over 103 languages the small probabilities are mostly noise.
            if (numerator.contains(language.getLang())) {
                up = Math.max(up, language.getConfidence());
            } else if (denominator.contains(language.getLang())) {
                down = Math.max(down, language.getConfidence());
            }
        }
        return Math.log(up / down);
    }
}

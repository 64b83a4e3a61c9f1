package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.MatchProfile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a generated corpus holds, in one line: languages, English versions, publications, text length. */
record CorpusStats(Map<String, Long> languages, double withEnglishVersion, int medianPublications,
                   double meanPublications, int maxPublications, double withAbstract, double englishPublications,
                   double meanCharacters) {

    static CorpusStats of(List<MatchProfile> profiles) {
        var languages = new TreeMap<String, Long>();
        int[] counts = new int[profiles.size()];
        long publications = 0;
        long abstracts = 0;
        long english = 0;
        long withEnglish = 0;
        long characters = 0;
        for (int i = 0; i < profiles.size(); i++) {
            var p = profiles.get(i);
            languages.merge(p.country() + "/" + p.language().code(), 1L, Long::sum);
            withEnglish += p.summaryEn() != null ? 1 : 0;
            counts[i] = p.publications().size();
            publications += counts[i];
            characters += length(p.summary()) + length(p.summaryEn());
            for (var publication : p.publications()) {
                abstracts += publication.abstractText() != null ? 1 : 0;
                english += isLatin(publication.title()) ? 1 : 0;
                characters += length(publication.title()) + length(publication.abstractText());
            }
        }
        java.util.Arrays.sort(counts);
        int n = Math.max(1, profiles.size());
        double pubs = Math.max(1, publications);
        return new CorpusStats(languages, (double) withEnglish / n, counts.length == 0 ? 0 : counts[counts.length / 2],
                (double) publications / n, counts.length == 0 ? 0 : counts[counts.length - 1], abstracts / pubs,
                english / pubs, (double) characters / n);
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** An English title: Latin letters and no Cyrillic or Han ones. */
    static boolean isLatin(String s) {
        return s.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "country/language %s; English version %.0f %%; publications median %d, mean %.1f, "
                + "max %d, %.0f %% with abstract, %.0f %% English; %.0f characters of text per profile", languages,
                100 * withEnglishVersion, medianPublications, meanPublications, maxPublications, 100 * withAbstract,
                100 * englishPublications, meanCharacters);
    }
}

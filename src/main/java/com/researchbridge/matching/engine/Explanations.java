package com.researchbridge.matching.engine;

import com.researchbridge.matching.bridge.PivotSource;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.BroadConcepts;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The reasons given with a match: shared concepts (specific ones before broad ones, as their weights say), the
 * closest pair of works, common working languages, words that meet across languages through the bilingual pivots;
 * and how strong the match is ({@link Evidence}).
 */
final class Explanations {

    private static final int REASON_CONCEPTS = 5;
    static final int REASON_BRIDGES = 3;

    private final Vocabulary vocabulary;
    private final boolean[] broad;

    Explanations(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.broad = BroadConcepts.flags(vocabulary);
    }

    /** Explains matches of one seeker; prepares the seeker's publications once. */
    Seeker forSeeker(ProfileVectors seeker, TextLanguage reader) {
        return new Seeker(seeker, reader);
    }

    final class Seeker {
        private final ProfileVectors seeker;
        private final TextLanguage reader;
        private PublicationSimilarity publications;

        private Seeker(ProfileVectors seeker, TextLanguage reader) {
            this.seeker = seeker;
            this.reader = reader;
        }

        Match explain(ProfileVectors partner, double score) {
            var closest = closestWork(partner);
            return new Match(partner.id(), score, sharedConcepts(seeker.concepts(), partner.concepts(), reader),
                    closest, commonLanguages(seeker, partner), evidence(partner, closest).strength(),
                    bridges(seeker, partner, reader));
        }

        /** What the match with {@code partner} rests on. */
        Evidence evidence(ProfileVectors partner) {
            return evidence(partner, closestWork(partner));
        }

        private Evidence evidence(ProfileVectors partner, Match.PublicationPair closest) {
            SparseVector ca = seeker.concepts();
            SparseVector cb = partner.concepts();
            int specific = 0;
            double cosine = 0;
            for (int i = 0, j = 0; i < ca.size() && j < cb.size(); ) {
                if (ca.dim(i) == cb.dim(j)) {
                    if (ca.dim(i) >= broad.length || !broad[ca.dim(i)]) {
                        specific++;
                        cosine += (double) ca.weight(i) * cb.weight(j);
                    }
                    i++;
                    j++;
                } else if (ca.dim(i) < cb.dim(j)) {
                    i++;
                } else {
                    j++;
                }
            }
            // Across languages, words that meet through the bilingual pivots are shared words too.
            double words = seeker.lexical().dot(partner.lexical())
                    + (seeker.sharesTextLanguageWith(partner) ? 0 : seeker.pivots().weights().dot(partner.pivots().weights()));
            return new Evidence(specific, cosine, words,
                    closest == null ? 0 : closest.similarity());
        }

        private Match.PublicationPair closestWork(ProfileVectors partner) {
            if (seeker.publications().count() == 0 || partner.publications().count() == 0) {
                return null;
            }
            if (publications == null) {
                publications = new PublicationSimilarity(seeker.publications());
            }
            double[] pair = publications.closestPair(partner.publications());
            if (pair == null) {
                return null;
            }
            return new Match.PublicationPair(seeker.titles()[(int) pair[0]], partner.titles()[(int) pair[1]], pair[2]);
        }
    }

    /** The concepts two vectors share, strongest contribution first, labelled in the reader's language. */
    List<String> sharedConcepts(SparseVector ca, SparseVector cb, TextLanguage reader) {
        var contributions = new ArrayList<double[]>();
        for (int i = 0, j = 0; i < ca.size() && j < cb.size(); ) {
            if (ca.dim(i) == cb.dim(j)) {
                contributions.add(new double[] {ca.dim(i), (double) ca.weight(i) * cb.weight(j)});
                i++;
                j++;
            } else if (ca.dim(i) < cb.dim(j)) {
                i++;
            } else {
                j++;
            }
        }
        contributions.sort((x, y) -> Double.compare(y[1], x[1]));
        return contributions.stream().limit(REASON_CONCEPTS).map(x -> vocabulary.get((int) x[0]).label(reader)).toList();
    }

    /**
     * The pivot terms two profiles in different languages share, strongest contribution first, as pairs of their
     * own words ("冰川 ≈ мұздық"): only where the pivot family counts (no shared main text language), never two
     * English words (those are shared words), and only pairs with a word the reader can read, so that a reason
     * never rests on words in scripts the reader does not know.
     */
    static List<Match.Bridge> bridges(ProfileVectors seeker, ProfileVectors partner, TextLanguage reader) {
        if (seeker.sharesTextLanguageWith(partner)) {
            return List.of();
        }
        var a = seeker.pivots();
        var b = partner.pivots();
        var found = new ArrayList<Object[]>();
        var seen = new java.util.HashSet<String>();
        SparseVector va = a.weights();
        SparseVector vb = b.weights();
        for (int i = 0, j = 0; i < va.size() && j < vb.size(); ) {
            if (va.dim(i) == vb.dim(j)) {
                PivotEvidence mine = a.evidence(va.dim(i));
                PivotEvidence theirs = b.evidence(vb.dim(j));
                if (mine != null && theirs != null && !mine.language().equals(theirs.language())
                        && (readable(mine.language(), reader) || readable(theirs.language(), reader))
                        && seen.add(mine.from() + "\t" + theirs.from())) {
                    found.add(new Object[] {new Match.Bridge(mine.word(), mine.language(), theirs.word(),
                            theirs.language(), leastCertain(mine, theirs)), (double) va.weight(i) * vb.weight(j)});
                }
                i++;
                j++;
            } else if (va.dim(i) < vb.dim(j)) {
                i++;
            } else {
                j++;
            }
        }
        found.sort((x, y) -> Double.compare((double) y[1], (double) x[1]));
        return found.stream().limit(REASON_BRIDGES).map(x -> (Match.Bridge) x[0]).toList();
    }

    /** A reader reads their own language and English; a Kazakh reader also reads Russian. */
    static boolean readable(String language, TextLanguage reader) {
        if (reader == null) {
            return language.equals(TextLanguage.EN.code());
        }
        return language.equals(reader.code()) || language.equals(TextLanguage.EN.code())
                || (reader == TextLanguage.KK && language.equals(TextLanguage.RU.code()));
    }

    /** A cognate is less certain than a shared stem, which is less certain than a dictionary. */
    private static PivotSource leastCertain(PivotEvidence a, PivotEvidence b) {
        PivotSource x = a.source() == null ? PivotSource.DICTIONARY : a.source();
        PivotSource y = b.source() == null ? PivotSource.DICTIONARY : b.source();
        return x.ordinal() >= y.ordinal() ? x : y;
    }

    /**
     * The languages both researchers really write their profiles in, as language codes: "You both write in"
     * must rest on texts, not on the spoken languages someone ticked.
     */
    static List<String> commonLanguages(ProfileVectors a, ProfileVectors b) {
        int shared = a.textLanguages() & b.textLanguages();
        var result = new ArrayList<String>();
        for (TextLanguage l : TextLanguage.values()) {
            if ((shared & 1 << l.ordinal()) != 0) {
                result.add(l.code());
            }
        }
        return List.copyOf(result);
    }
}

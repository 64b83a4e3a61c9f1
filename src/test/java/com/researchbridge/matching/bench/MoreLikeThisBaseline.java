package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.Features;
import com.researchbridge.matching.engine.MatchProfile;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Lucene's {@code MoreLikeThis} over the same analysed profiles as the matcher (its words tagged with their
 * language, and its concepts as words), partners from the other country: the Lucene baseline of the speed
 * benchmark. Each profile is one document with term vectors, so a query is built from the seeker's document.
 */
final class MoreLikeThisBaseline implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String COUNTRY = "country";
    private static final FieldType WITH_VECTORS = new FieldType();

    static {
        WITH_VECTORS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WITH_VECTORS.setTokenized(true);
        WITH_VECTORS.setStoreTermVectors(true);
        WITH_VECTORS.freeze();
    }

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<MatchProfile> profiles;
    final double buildSeconds;

    MoreLikeThisBaseline(List<MatchProfile> profiles, FeatureExtractor extractor) throws IOException {
        this.profiles = profiles;
        long start = System.nanoTime();
        var texts = profiles.parallelStream().map(p -> text(extractor.features(p))).toList();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()).setRAMBufferSizeMB(128))) {
            for (int i = 0; i < profiles.size(); i++) {
                var doc = new Document();
                doc.add(new StringField(COUNTRY, String.valueOf(profiles.get(i).country()), Field.Store.NO));
                doc.add(new Field(TEXT, texts.get(i), WITH_VECTORS));
                writer.addDocument(doc); // document number i = profile i (one segment after forceMerge)
            }
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        buildSeconds = (System.nanoTime() - start) / 1e9;
    }

    /** Words and concepts repeated by their weight, so that term frequencies carry what the matcher counts. */
    private static String text(Features features) {
        var out = new StringBuilder();
        features.terms().forEach((term, weight) -> repeat(out, term.replace(' ', '_'), weight));
        features.concepts().forEach((concept, weight) -> repeat(out, "concept:" + concept, weight));
        return out.toString();
    }

    private static void repeat(StringBuilder out, String token, float weight) {
        for (int k = 0; k < Math.max(1, Math.round(weight)); k++) {
            out.append(token).append(' ');
        }
    }

    /** Top-10 latencies in milliseconds for {@code queries} random seekers, sorted. */
    double[] latencies(int queries, Random random) throws IOException {
        var mlt = new MoreLikeThis(reader);
        mlt.setFieldNames(new String[] {TEXT});
        mlt.setAnalyzer(new WhitespaceAnalyzer());
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(48);
        for (int i = 0; i < 50; i++) {
            query(mlt, random.nextInt(profiles.size())); // warm-up
        }
        double[] result = new double[queries];
        for (int i = 0; i < queries; i++) {
            int seeker = random.nextInt(profiles.size());
            long t = System.nanoTime();
            query(mlt, seeker);
            result[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(result);
        return result;
    }

    private void query(MoreLikeThis mlt, int seeker) throws IOException {
        String country = String.valueOf(profiles.get(seeker).country());
        String other = "KZ".equals(country) ? "CN" : "KZ";
        var query = new BooleanQuery.Builder()
                .add(mlt.like(seeker), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(COUNTRY, other)), BooleanClause.Occur.FILTER)
                .build();
        searcher.search(query, 10);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}

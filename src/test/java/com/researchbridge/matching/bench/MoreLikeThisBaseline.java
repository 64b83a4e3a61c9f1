package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.Features;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Lucene's {@code MoreLikeThis} over the same analysed profiles as the matcher (its words tagged with their
 * language, and its concepts as words), partners from the other country: the Lucene baseline of the speed
 * benchmark. Each profile is one document with term vectors, so a query is built from the seeker's document.
 * Documents are added one by one ({@link #add}), then {@link #open} makes the index searchable.
 */
final class MoreLikeThisBaseline implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String COUNTRY = "country";
    private static final String ID = "id";
    private static final FieldType WITH_VECTORS = new FieldType();

    static {
        WITH_VECTORS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WITH_VECTORS.setTokenized(true);
        WITH_VECTORS.setStoreTermVectors(true);
        WITH_VECTORS.freeze();
    }

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final List<String> countries = new ArrayList<>();
    private IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private MoreLikeThis mlt;

    MoreLikeThisBaseline() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()).setRAMBufferSizeMB(128));
    }

    /** The next profile: document number = the order of adding (one segment after {@link #open}). */
    void add(String id, String country, Features features) throws IOException {
        var doc = new Document();
        doc.add(new StringField(COUNTRY, String.valueOf(country), Field.Store.NO));
        doc.add(new StoredField(ID, id));
        doc.add(new Field(TEXT, text(features), WITH_VECTORS));
        writer.addDocument(doc);
        countries.add(String.valueOf(country).intern());
    }

    void open() throws IOException {
        writer.forceMerge(1);
        writer.close();
        writer = null;
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        mlt = new MoreLikeThis(reader);
        mlt.setFieldNames(new String[] {TEXT});
        mlt.setAnalyzer(new WhitespaceAnalyzer());
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(48);
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

    /** The ids of the {@code k} best documents for the seeker's document, from the other country. */
    List<String> top(int seeker, int k) throws IOException {
        String other = "KZ".equals(countries.get(seeker)) ? "CN" : "KZ";
        var query = new BooleanQuery.Builder()
                .add(mlt.like(seeker), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(COUNTRY, other)), BooleanClause.Occur.FILTER)
                .build();
        var result = new ArrayList<String>(k);
        var stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, k).scoreDocs) {
            result.add(stored.document(hit.doc).get(ID));
        }
        return result;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
        if (reader != null) {
            reader.close();
        }
        directory.close();
    }
}

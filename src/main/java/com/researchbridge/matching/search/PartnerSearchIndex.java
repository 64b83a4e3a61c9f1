package com.researchbridge.matching.search;

import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.Features;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Full-text partner search on Lucene: each profile's text is analysed by the matcher's per-language chains
 * (Chinese segmentation, Russian and Kazakh stemming) into language-tagged terms, plus the vocabulary
 * concepts it mentions; a query in any language is analysed the same way, so a Russian or English query also
 * finds Chinese profiles through shared concepts. BM25 ranks; filters narrow without affecting the rank.
 */
public final class PartnerSearchIndex {

    static final String ID = "id";
    static final String TERMS = "terms";
    static final String CONCEPTS = "concepts";
    private static final float CONCEPT_BOOST = 1.5f;
    private static final int MAX_QUERY_CLAUSES = 64;
    private static final FieldType PRE_ANALYSED = preAnalysed();

    /** One searchable profile: id, filter values, and its analysed text. */
    public record Entry(String id, Map<String, String> filters, Features features) {
    }

    /** Search result page: total count and the ids of the requested slice, best first. */
    public record Page(long total, List<String> ids) {
    }

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final FeatureExtractor extractor;

    public PartnerSearchIndex(List<Entry> entries, FeatureExtractor extractor) {
        this.extractor = extractor;
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new org.apache.lucene.analysis.core.WhitespaceAnalyzer()))) {
            for (Entry entry : entries) {
                writer.addDocument(document(entry));
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldType preAnalysed() {
        var type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.freeze();
        return type;
    }

    private static Document document(Entry entry) {
        var doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        entry.filters().forEach((name, value) -> {
            if (value != null) {
                doc.add(new StringField(name, value, Field.Store.NO));
            }
        });
        doc.add(new Field(TERMS, repeat(entry.features().terms()), PRE_ANALYSED));
        var concepts = new StringBuilder();
        entry.features().concepts().forEach((concept, weight) -> {
            for (int i = 0; i < Math.max(1, Math.round(weight)); i++) {
                concepts.append(concept).append(' ');
            }
        });
        doc.add(new Field(CONCEPTS, concepts.toString(), PRE_ANALYSED));
        return doc;
    }

    /** Terms repeated by their (rounded) weight, whitespace-separated: the index sees the same counts. */
    private static String repeat(Map<String, Float> terms) {
        var text = new StringBuilder();
        terms.forEach((term, weight) -> {
            for (int i = 0; i < Math.max(1, Math.round(weight)); i++) {
                text.append(term).append(' ');
            }
        });
        return text.toString();
    }

    /**
     * Profiles matching the text (any language) and all filters (field name → required value), best first;
     * an empty text lists everyone who passes the filters.
     */
    public Page search(String text, Map<String, String> filters, int offset, int limit) {
        var query = new BooleanQuery.Builder();
        Query textQuery = textQuery(text);
        if (textQuery == null) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            query.add(textQuery, Occur.MUST);
        }
        filters.forEach((name, value) -> {
            if (value != null) {
                query.add(new TermQuery(new Term(name, value)), Occur.FILTER);
            }
        });
        try {
            Query q = query.build();
            var top = searcher.search(q, Math.max(1, offset + limit));
            var ids = new ArrayList<String>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = offset; i < docs.length && ids.size() < limit; i++) {
                ids.add(searcher.storedFields().document(docs[i].doc).get(ID));
            }
            return new Page(searcher.count(q), ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query textQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Features features = extractor.query(text);
        var builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : features.terms().keySet()) {
            if (clauses++ < MAX_QUERY_CLAUSES) {
                builder.add(new TermQuery(new Term(TERMS, term)), Occur.SHOULD);
            }
        }
        for (Integer concept : features.concepts().keySet()) {
            if (clauses++ < MAX_QUERY_CLAUSES) {
                builder.add(new BoostQuery(new TermQuery(new Term(CONCEPTS, concept.toString())), CONCEPT_BOOST), Occur.SHOULD);
            }
        }
        return clauses == 0 ? new BooleanQuery.Builder().build() : builder.build();
    }

    public int size() {
        return reader.numDocs();
    }
}

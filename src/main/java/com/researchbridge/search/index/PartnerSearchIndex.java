package com.researchbridge.search.index;

import com.researchbridge.matching.AnalysedText;
import com.researchbridge.matching.TextAnalyser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Full-text partner search on a live Lucene index in memory: each entry's text is analysed by the matcher's
 * per-language chains (Chinese segmentation, Russian and Kazakh stemming) into language-tagged terms, plus the
 * vocabulary concepts it mentions; a query in any language is analysed the same way, so a Russian or English
 * query also finds Chinese profiles through shared concepts. BM25 ranks; filters narrow without affecting the
 * rank. Entries are added, replaced and removed one at a time; a change is visible to the next search.
 * Thread-safe: Lucene's writer takes concurrent changes and every search uses a searcher it acquires.
 */
public final class PartnerSearchIndex implements AutoCloseable {

    static final String KEY = "key";
    /** A filter under this name leaves out the entries of the given keys ("profile:42"): the searcher himself. */
    public static final String EXCLUDE = "!key";
    static final String KIND = "kind";
    static final String TERMS = "terms";
    static final String CONCEPTS = "concepts";
    static final String OPEN_UNTIL = "open_until";
    private static final float CONCEPT_BOOST = 1.5f;
    private static final int MAX_QUERY_CLAUSES = 64;
    private static final FieldType PRE_ANALYSED = preAnalysed();

    /**
     * One searchable entry: its kind ("profile", "topic"), id, filter values (a filter may have several values,
     * e.g. a profile's fields), the last day it may be found on (epoch day, {@code Long.MAX_VALUE} for never
     * closing) and its analysed text.
     */
    public record Entry(String kind, String id, Map<String, ? extends Collection<String>> filters, long openUntilDay,
                        AnalysedText text) {

        String key() {
            return kind + ":" + id;
        }
    }

    /** Search result page: total count and the ids of the requested slice, best first. */
    public record Page(long total, List<String> ids) {
    }

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final TextAnalyser analyser;
    /** Analysed queries by text: a search page asks for counts and rows of the same text, often twice. */
    private final Map<String, Query> recentQueries = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
                    return size() > 256;
                }
            });

    public PartnerSearchIndex(TextAnalyser analyser) {
        this.analyser = analyser;
        try {
            var config = new IndexWriterConfig(new WhitespaceAnalyzer()).setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds many entries (the first build); call {@link #refresh()} when done. */
    public void addAll(Collection<Entry> entries) {
        try {
            for (Entry entry : entries) {
                writer.addDocument(document(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the entry of that kind and id (or adds it); searches see it after {@link #refresh()}. */
    public void put(Entry entry) {
        try {
            writer.updateDocument(new Term(KEY, entry.key()), document(entry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the entry of that kind and id, if present; searches see it after {@link #refresh()}. */
    public void remove(String kind, String id) {
        try {
            writer.deleteDocuments(new Term(KEY, kind + ":" + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes all entries of a kind with that filter value (say, all topics of one owner). */
    public void removeWhere(String kind, String filter, String value) {
        try {
            writer.deleteDocuments(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(KIND, kind)), Occur.FILTER)
                    .add(new TermQuery(new Term(filter, value)), Occur.FILTER).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes all changes so far visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
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
        doc.add(new StringField(KEY, entry.key(), Field.Store.NO));
        doc.add(new StringField(KIND, entry.kind(), Field.Store.NO));
        doc.add(new StoredField("id", entry.id()));
        entry.filters().forEach((name, values) -> values.forEach(value -> {
            if (value != null) {
                doc.add(new StringField(name, value, Field.Store.NO));
            }
        }));
        doc.add(new LongPoint(OPEN_UNTIL, entry.openUntilDay()));
        doc.add(new Field(TERMS, repeat(entry.text().terms()), PRE_ANALYSED));
        var concepts = new StringBuilder();
        entry.text().concepts().forEach((concept, weight) -> {
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
     * Entries of one kind matching the text (any language) and all filters (field name → allowed values, any of
     * which will do), open on the given day, best first; an empty text lists all entries that pass the filters.
     */
    public Page search(String kind, String text, Map<String, ? extends Collection<String>> filters, long today,
                       int offset, int limit) {
        Query query = query(kind, text, filters, today);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                var top = searcher.search(query, Math.max(1, offset + limit));
                var ids = new ArrayList<String>();
                var stored = searcher.storedFields();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = offset; i < docs.length && ids.size() < limit; i++) {
                    ids.add(stored.document(docs[i].doc).get("id"));
                }
                long total = top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                        ? top.totalHits.value : searcher.count(query);
                return new Page(total, ids);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many entries of one kind match, as {@link #search} would count them. */
    public long count(String kind, String text, Map<String, ? extends Collection<String>> filters, long today) {
        Query query = query(kind, text, filters, today);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(String kind, String text, Map<String, ? extends Collection<String>> filters, long today) {
        var query = new BooleanQuery.Builder();
        Query textQuery = text == null || text.isBlank() ? null
                : text.length() > 500 ? textQuery(text) : recentQueries.computeIfAbsent(text, this::textQuery);
        query.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, Occur.MUST);
        query.add(new TermQuery(new Term(KIND, kind)), Occur.FILTER);
        query.add(LongPoint.newRangeQuery(OPEN_UNTIL, today, Long.MAX_VALUE), Occur.FILTER);
        filters.forEach((name, values) -> {
            if (name.equals(EXCLUDE)) {
                values.forEach(key -> query.add(new TermQuery(new Term(KEY, key)), Occur.MUST_NOT));
            } else if (values != null && !values.isEmpty()) {
                query.add(values.size() == 1 ? new TermQuery(new Term(name, values.iterator().next()))
                        : new TermInSetQuery(name, values.stream().map(BytesRef::new).toList()), Occur.FILTER);
            }
        });
        return query.build();
    }

    private Query textQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        AnalysedText analysed = analyser.query(text);
        var builder = new BooleanQuery.Builder();
        int clauses = 0;
        // Weighted as the analysis says: a word that is part of a concept the query names counts less on its
        // own, a narrower concept of a named one less than the named one (FeatureExtractor.query). Concepts
        // first, strongest first, so that the clause limit cuts the weakest.
        var concepts = new ArrayList<>(analysed.concepts().entrySet());
        concepts.sort((a, b) -> Float.compare(b.getValue(), a.getValue()));
        for (var concept : concepts) {
            if (clauses++ < MAX_QUERY_CLAUSES) {
                builder.add(new BoostQuery(new TermQuery(new Term(CONCEPTS, concept.getKey().toString())),
                        CONCEPT_BOOST * concept.getValue()), Occur.SHOULD);
            }
        }
        for (var term : analysed.terms().entrySet()) {
            if (clauses++ < MAX_QUERY_CLAUSES) {
                Query q = new TermQuery(new Term(TERMS, term.getKey()));
                builder.add(term.getValue() == 1f ? q : new BoostQuery(q, term.getValue()), Occur.SHOULD);
            }
        }
        return builder.build(); // no clause: matches nothing
    }

    /** Memory the index holds: its files in memory plus the writer's buffers. */
    public long ramBytes() {
        try {
            long files = 0;
            for (String file : directory.listAll()) {
                files += directory.fileLength(file);
            }
            return files + writer.ramBytesUsed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entries in the index (all kinds). */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

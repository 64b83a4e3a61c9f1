package com.researchbridge.researcher.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.testsupport.fuzz.BoundedRunner;
import com.researchbridge.testsupport.fuzz.FuzzText;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of the publication import (issue 9): BibTeX, RIS and ORCID files, as bytes, through the
 * same reader the upload uses. Each input must be read within a second, the only refusal is {@link ImportRejected},
 * and the entries read are bounded by the entry limit and by the size of the file.
 */
class PublicationParsersFuzzTest {

    private static final int TRIES = 10_000;
    private static final BoundedRunner BIBTEX = new BoundedRunner("BibTeX", Duration.ofSeconds(1));
    private static final BoundedRunner RIS = new BoundedRunner("RIS", Duration.ofSeconds(1));
    private static final BoundedRunner ORCID = new BoundedRunner("ORCID JSON", Duration.ofSeconds(1));

    @BeforeContainer
    static void warmUp() {
        byte[] sample = "{\"group\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        BIBTEX.warmUp(() -> PublicationFileReader.read("a.bib", "@article{a, title = {\\\"u}}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        RIS.warmUp(() -> PublicationFileReader.read("a.ris", "TY  - JOUR\nTI  - x\nER  - \n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ORCID.warmUp(() -> PublicationFileReader.read("a.json", sample));
    }

    @AfterContainer
    static void report() {
        BIBTEX.report();
        RIS.report();
        ORCID.report();
    }

    @Property(tries = TRIES)
    void bibtexFilesAreReadOrRefusedCleanly(@ForAll("bibtex") byte[] file) {
        readsOrRefuses(BIBTEX, "refs.bib", file);
    }

    @Property(tries = TRIES)
    void risFilesAreReadOrRefusedCleanly(@ForAll("ris") byte[] file) {
        readsOrRefuses(RIS, "export.ris", file);
    }

    @Property(tries = TRIES)
    void orcidRecordsAreReadOrRefusedCleanly(@ForAll("orcid") byte[] file) {
        readsOrRefuses(ORCID, "0000-0002-1825-0097.json", file);
    }

    private static void readsOrRefuses(BoundedRunner runner, String name, byte[] file) {
        PublicationFileReader.ParsedFile parsed;
        try {
            parsed = runner.run(file.length, new String(file, 0, Math.min(file.length, 400), java.nio.charset.StandardCharsets.UTF_8), () -> PublicationFileReader.read(name, file));
        } catch (ImportRejected refused) {
            assertThat(refused.messageKey()).startsWith("publications.error.");
            return;
        }
        assertThat(parsed.entries()).isNotEmpty().hasSizeLessThanOrEqualTo(PublicationService.MAX_ENTRIES);
        long characters = 0;
        for (ParsedEntry entry : parsed.entries()) {
            assertThat(entry.isOk() ^ entry.problemKey() != null).as("ok or broken with a reason").isTrue();
            if (entry.isOk()) {
                var p = entry.publication();
                assertThat(p.title()).isNotBlank();
                characters += length(p.title()) + length(p.abstractText()) + length(p.venue()) + length(p.doi());
            }
        }
        // LaTeX commands only ever shorten text; 2x leaves room for the reader's own separators.
        assertThat(characters).as("text read from %d bytes", file.length).isLessThanOrEqualTo(2L * file.length + 64);
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    @Provide
    Arbitrary<byte[]> bibtex() {
        return mix(Arbitraries.randoms().map(PublicationParsersFuzzTest::bibtexDocument),
                List.of("@article{", "@comment{", "@string{", "@preamble{", "title = ", "\\\"u", "{\\ss}", "\\'", "$x^2$",
                        "\\begin{", "\\", "#", "~", "--", "\\url{", "}}}}", "{{{{", "@", "\n@", "\"", "%"));
    }

    @Provide
    Arbitrary<byte[]> ris() {
        return mix(Arbitraries.randoms().map(PublicationParsersFuzzTest::risDocument),
                List.of("TY  - ", "ER  - ", "TI  - ", "AB  - ", "PY  - ", "DO  - ", "\n      continued", "  - ", "\r\n", "XX  -"));
    }

    @Provide
    Arbitrary<byte[]> orcid() {
        return mix(Arbitraries.randoms().map(PublicationParsersFuzzTest::orcidDocument),
                List.of("{\"group\":[", "\"work-summary\":[", "{\"title\":{\"title\":{\"value\":", "\"\\u0000\"", "\"\\ud800\"",
                        "[]", "{}", "null", "1e99999", "-0", "\"doi\"", ",", "]", "}", "/*", "//"));
    }

    /** Unstructured noise, valid-looking documents and their mutations, all as the bytes of an upload. */
    private static Arbitrary<byte[]> mix(Arbitrary<String> valid, List<String> specials) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, FuzzText.anyBytes(400)),
                net.jqwik.api.Tuple.of(1, FuzzText.utf8(FuzzText.anyText(400))),
                net.jqwik.api.Tuple.of(2, FuzzText.utf8(valid)),
                net.jqwik.api.Tuple.of(6, FuzzText.utf8(FuzzText.mutated(valid, specials))));
    }

    static String bibtexDocument(Random r) {
        var s = new StringBuilder();
        int entries = r.nextInt(6);
        for (int i = 0; i < entries; i++) {
            s.append("\n".repeat(r.nextInt(3)));
            switch (r.nextInt(8)) {
                case 0 -> s.append("@string{ venue = \"Journal of ").append(word(r)).append("\" }\n");
                case 1 -> s.append("@comment{ ").append(word(r)).append(" }\n");
                case 2 -> s.append("% a remark ").append(word(r)).append('\n');
                default -> {
                    s.append('@').append(FuzzText.class.getSimpleName().isEmpty() ? "" : pick(r, "article", "book", "inproceedings", "misc", "ARTICLE"))
                            .append('{').append(word(r)).append(r.nextInt(100)).append(",\n");
                    int fields = r.nextInt(7);
                    for (int f = 0; f < fields; f++) {
                        String name = pick(r, "title", "abstract", "year", "journal", "booktitle", "doi", "author", "note");
                        String value = switch (name) {
                            case "year" -> String.valueOf(1800 + r.nextInt(300));
                            case "doi" -> pick(r, "10.1000/xyz" + r.nextInt(1000), "https://doi.org/10.5555/" + word(r), "doi:10.1/x", word(r));
                            default -> text(r);
                        };
                        s.append("  ").append(name).append(" = ");
                        switch (r.nextInt(3)) {
                            case 0 -> s.append('{').append(value).append('}');
                            case 1 -> s.append('"').append(value.replace("\"", "")).append('"');
                            default -> s.append(name.equals("year") ? value : "venue # { " + value + "}");
                        }
                        s.append(",\n");
                    }
                    s.append("}\n");
                }
            }
        }
        return s.toString();
    }

    static String risDocument(Random r) {
        var s = new StringBuilder();
        int records = r.nextInt(6);
        String eol = r.nextBoolean() ? "\n" : "\r\n";
        for (int i = 0; i < records; i++) {
            s.append("TY  - ").append(pick(r, "JOUR", "CONF", "BOOK")).append(eol);
            int tags = r.nextInt(7);
            for (int t = 0; t < tags; t++) {
                String tag = pick(r, "TI", "T1", "AB", "N2", "PY", "Y1", "DA", "JO", "JF", "T2", "DO", "AU", "KW");
                s.append(tag).append("  - ").append(tag.equals("PY") ? String.valueOf(1900 + r.nextInt(200)) : text(r)).append(eol);
                if (r.nextInt(4) == 0) {
                    s.append("      ").append(text(r)).append(eol);
                }
            }
            if (r.nextInt(5) > 0) {
                s.append("ER  - ").append(eol);
            }
        }
        return s.toString();
    }

    static String orcidDocument(Random r) {
        var groups = new StringBuilder("[");
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                groups.append(',');
            }
            groups.append("{\"work-summary\":[{\"title\":{\"title\":{\"value\":").append(jsonValue(r, text(r)))
                    .append("}},\"publication-date\":{\"year\":{\"value\":").append(jsonValue(r, String.valueOf(1900 + r.nextInt(200))))
                    .append("}},\"journal-title\":{\"value\":").append(jsonValue(r, text(r)))
                    .append("},\"external-ids\":{\"external-id\":[{\"external-id-type\":\"doi\",\"external-id-value\":")
                    .append(jsonValue(r, "10.1000/" + word(r))).append("}]}}]}");
        }
        groups.append(']');
        return r.nextBoolean() ? "{\"activities-summary\":{\"works\":{\"group\":" + groups + "}}}" : "{\"group\":" + groups + "}";
    }

    private static String jsonValue(Random r, String text) {
        return switch (r.nextInt(8)) {
            case 0 -> "null";
            case 1 -> String.valueOf(r.nextLong());
            case 2 -> "[\"" + text.replace("\\", "").replace("\"", "") + "\"]";
            case 3 -> "{}";
            default -> "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        };
    }

    private static String text(Random r) {
        var s = new StringBuilder();
        int words = 1 + r.nextInt(8);
        for (int i = 0; i < words; i++) {
            s.append(i > 0 ? " " : "").append(word(r));
        }
        return s.toString();
    }

    private static String word(Random r) {
        return pick(r, "glacier", "Ледник", "мұздық", "冰川", "runoff", "{\\\"u}ber", "Caf\\'e", "\\ss", "wheat", "x_1", "α", "50%");
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}

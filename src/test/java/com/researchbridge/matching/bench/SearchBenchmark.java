package com.researchbridge.matching.bench;

import com.researchbridge.base.Country;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.search.PartnerSearchService;
import com.researchbridge.search.SearchFilter;
import com.researchbridge.search.SearchRequest;
import com.researchbridge.security.SystemAuthentication;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Partner search as the site runs it, on an H2 file database holding the given number of synthetic profiles
 * (filled once by {@link SearchBenchmarkData}, outside the repository): the application starts on that database,
 * builds its search index from it, then answers 1,000 searches in the four languages as the search page asks
 * them: both counts (researchers, topics) and the first page of 50 researchers, read from the database.
 */
public final class SearchBenchmark {

    private static final int QUERIES = 1_000;
    private static final int WARM_UP = 200;
    private static final TextLanguage[] LANGUAGES = {TextLanguage.EN, TextLanguage.RU, TextLanguage.KK, TextLanguage.ZH};

    private final PrintStream out;
    private final Function<String[], ConfigurableApplicationContext> application;

    public SearchBenchmark(PrintStream out, Function<String[], ConfigurableApplicationContext> application) {
        this.out = out;
        this.application = java.util.Objects.requireNonNull(application, "bench-search starts the application");
    }

    public void run(int size, Path dataDir) throws Exception {
        var vocabulary = Vocabulary.load();
        var data = new SearchBenchmarkData(dataDir);
        double fill = data.fill(size, vocabulary);
        out.printf(Locale.ROOT, "database: %s (%,d profiles, %,d topics; %s)%n", data.url(), size, size / 10,
                fill == 0 ? "reused" : String.format(Locale.ROOT, "filled in %.1f s, not part of the figures", fill));

        try (var context = application.apply(new String[] {"--researchbridge.data-dir=" + dataDir.toAbsolutePath(),
                "--researchbridge.matching.build-on-start=false", "--spring.main.banner-mode=off", "--server.port=0",
                "--logging.level.root=WARN", "--logging.level.com.researchbridge=INFO"})) {
            var search = context.getBean(PartnerSearchService.class);
            var users = context.getBean(UserDetailsService.class);
            var stats = SystemAuthentication.call(search::indexStats);
            System.gc();
            var runtime = Runtime.getRuntime();
            long heap = runtime.totalMemory() - runtime.freeMemory();
            out.printf(Locale.ROOT, "index build from the database: %.1f s (%,d profiles, %,d topics); index %.0f MB; heap used after GC %.0f MB%n",
                    stats.buildMillis() / 1000.0, stats.profiles(), stats.topics(), stats.ramBytes() / 1e6, heap / 1e6);

            var random = new Random(11);
            var requests = new ArrayList<SearchRequest>();
            for (int i = 0; i < QUERIES + WARM_UP; i++) {
                requests.add(request(i, vocabulary, random, data.cities()));
            }
            out.println();
            out.println("| searcher | queries | p50 | p95 | p99 | mean researchers found |");
            out.println("|---|---|---|---|---|---|");
            for (String email : List.of(SearchBenchmarkData.RESEARCHER, SearchBenchmarkData.OFFICE)) {
                as(users, email, () -> {
                    for (int i = 0; i < WARM_UP; i++) {
                        page(search, requests.get(QUERIES + i));
                    }
                    double[] all = new double[QUERIES];
                    double[] plain = new double[QUERIES / 4];
                    double[] filtered = new double[QUERIES - QUERIES / 4];
                    long found = 0;
                    for (int i = 0; i < QUERIES; i++) {
                        long t = System.nanoTime();
                        found += page(search, requests.get(i));
                        all[i] = (System.nanoTime() - t) / 1e6;
                        if (i % 4 == 0) {
                            plain[i / 4] = all[i];
                        } else {
                            filtered[i - i / 4 - 1] = all[i];
                        }
                    }
                    String who = email.equals(SearchBenchmarkData.RESEARCHER) ? "researcher" : "research office";
                    row(who, "all 1,000", all, found / QUERIES);
                    row(who, "text only (250)", plain, -1);
                    row(who, "text + filters (750)", filtered, -1);
                    double[] topics = new double[200];
                    for (int i = 0; i < topics.length; i++) {
                        long t = System.nanoTime();
                        search.topics(requests.get(i), 0, 50);
                        topics[i] = (System.nanoTime() - t) / 1e6;
                    }
                    row(who, "topics page (200)", topics, -1);
                    return null;
                });
            }
        }
    }

    /** What the search page asks for a new search: both counts, then the first page of researchers. */
    private static long page(PartnerSearchService search, SearchRequest request) {
        search.count(request);
        return search.researchers(request, 0, 50).total();
    }

    /**
     * Every fourth query is text only; the others add one or two filters (country, field, open to collaboration,
     * city). One or two vocabulary terms in a random one of the four languages.
     */
    private static SearchRequest request(int i, Vocabulary vocabulary, Random random, List<String> cities) {
        var language = LANGUAGES[random.nextInt(LANGUAGES.length)];
        String text = vocabulary.get(random.nextInt(vocabulary.size())).label(language);
        if (random.nextBoolean()) {
            text += " " + vocabulary.get(random.nextInt(vocabulary.size())).label(language);
        }
        var request = SearchRequest.of(text);
        return switch (i % 4) {
            case 1 -> request.with(SearchFilter.COUNTRY, random.nextBoolean() ? Country.KZ : Country.CN);
            case 2 -> request.with(SearchFilter.FIELD, ResearchField.values()[random.nextInt(ResearchField.values().length)]);
            case 3 -> request.with(SearchFilter.OPEN, true)
                    .with(SearchFilter.CITY, cities.get(random.nextInt(cities.size())));
            default -> request;
        };
    }

    private void row(String who, String what, double[] millis, long found) {
        Arrays.sort(millis);
        out.printf(Locale.ROOT, "| %s | %s | %.1f ms | %.1f ms | %.1f ms | %s |%n", who, what, millis[millis.length / 2],
                millis[millis.length * 95 / 100], millis[millis.length * 99 / 100], found < 0 ? "" : String.format(Locale.ROOT, "%,d", found));
    }

    private static <T> T as(UserDetailsService users, String email, Supplier<T> work) {
        return com.researchbridge.security.ActingAs.call(users, email, work);
    }
}

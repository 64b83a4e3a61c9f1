package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's database: an H2 file database in a directory outside the repository, migrated by the
 * application's own Flyway migrations and filled once over plain JDBC in batches with synthetic researchers
 * ({@link SyntheticCorpus}: multilingual summaries and keywords, names recombined from the demo researchers),
 * one topic per ten researchers, a researcher and a research office account to search as. A later run on the
 * same directory reuses it.
 */
final class SearchBenchmarkData {

    static final String RESEARCHER = "bench-researcher@bench.example";
    static final String OFFICE = "bench-office@bench.example";
    private static final long FIRST_ACCOUNT = 1_000_000;
    private static final int BATCH = 1_000;

    private final Path dir;
    private final List<String> cities = new ArrayList<>();

    SearchBenchmarkData(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /** The same URL the application builds from {@code researchbridge.data-dir}. */
    String url() {
        return "jdbc:h2:file:" + dir + "/researchbridge;DB_CLOSE_ON_EXIT=FALSE";
    }

    List<String> cities() {
        return cities;
    }

    /** Migrates and fills the database unless it already holds that many profiles; returns the seconds spent. */
    double fill(int size, Vocabulary vocabulary) throws Exception {
        long start = System.nanoTime();
        Flyway.configure().dataSource(url(), "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url(), "sa", "")) {
            var institutions = new HashMap<String, List<Long>>();
            try (var rows = db.createStatement().executeQuery("select id, country, city_en from institution order by id")) {
                while (rows.next()) {
                    institutions.computeIfAbsent(rows.getString(2), c -> new ArrayList<>()).add(rows.getLong(1));
                    if (!cities.contains(rows.getString(3))) {
                        cities.add(rows.getString(3));
                    }
                }
            }
            long existing;
            try (var rows = db.createStatement().executeQuery("select count(*) from researcher_profile")) {
                rows.next();
                existing = rows.getLong(1);
            }
            if (existing == size) {
                return 0;
            }
            if (existing != 0) {
                throw new IllegalStateException(dir + " holds " + existing + " profiles, not " + size + "; delete it or choose another directory");
            }
            db.setAutoCommit(false);
            insert(db, new SyntheticCorpus(vocabulary).generate(size, 42), institutions);
            db.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void insert(Connection db, List<MatchProfile> profiles, Map<String, List<Long>> institutions)
            throws SQLException, IOException {
        var names = demoNames();
        var random = new Random(7);
        var now = Timestamp.from(Instant.now());
        try (var accounts = db.prepareStatement("insert into user_account (id, email, password_hash, full_name, role, country,"
                + " institution_id, created_at) values (?, ?, '{noop}bench', ?, ?, ?, ?, ?)");
             var rows = db.prepareStatement("insert into researcher_profile (id, account_id, full_name, country, institution_id,"
                     + " position_title, keywords, updated_at, full_name_latin, visibility,"
                     + " open_to_collaboration, matching_consent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)");
             var fields = db.prepareStatement("insert into researcher_field (profile_id, list_index, field_code) values (?, 0, ?)");
             var summaries = db.prepareStatement("insert into researcher_summary (profile_id, list_index, lang_code, body) values (?, 0, ?, ?)");
             var topics = db.prepareStatement("insert into collaboration_topic (account_id, title, description, description_lang,"
                     + " kind, field_code, keywords, created_at) values (?, ?, ?, ?, 'JOINT_RESEARCH', ?, ?, ?)")) {
            for (int i = 0; i < profiles.size(); i++) {
                var p = profiles.get(i);
                long account = FIRST_ACCOUNT + i;
                String country = p.country().equals("CN") ? "CN" : "KZ";
                var pool = names.get(country);
                String name = recombined(pool.get(random.nextInt(pool.size())), pool.get(random.nextInt(pool.size())));
                var homes = institutions.get(country);
                long institution = homes.get(random.nextInt(homes.size()));
                String email = i == 0 ? RESEARCHER : "bench" + i + "@bench.example";
                accounts.setLong(1, account);
                accounts.setString(2, email);
                accounts.setString(3, name);
                accounts.setString(4, "RESEARCHER");
                accounts.setString(5, country);
                accounts.setLong(6, institution);
                accounts.setTimestamp(7, now);
                accounts.addBatch();
                String field = p.fields().isEmpty() ? null : p.fields().iterator().next();
                rows.setLong(1, account); // profile id = account id, so the side tables need no look-up
                rows.setLong(2, account);
                rows.setString(3, name);
                rows.setString(4, country);
                rows.setLong(5, institution);
                rows.setString(6, null);
                rows.setString(7, String.join(";", p.keywords()));
                rows.setTimestamp(8, now);
                rows.setString(9, null);
                rows.setString(10, i % 20 == 1 ? "MATCHER_AND_OFFICES" : i % 20 == 2 ? "NOBODY" : "SIGNED_IN");
                rows.setBoolean(11, i % 5 != 3);
                rows.addBatch();
                if (field != null) {
                    fields.setLong(1, account);
                    fields.setString(2, field);
                    fields.addBatch();
                }
                summaries.setLong(1, account);
                summaries.setString(2, p.language().code());
                summaries.setString(3, p.summary());
                summaries.addBatch();
                if (i % 10 == 0) {
                    topics.setLong(1, account);
                    topics.setString(2, String.join(", ", p.keywords().subList(0, Math.min(2, p.keywords().size()))));
                    topics.setString(3, p.summary().length() > 600 ? p.summary().substring(0, 600) : p.summary());
                    topics.setString(4, p.language().code());
                    topics.setString(5, field);
                    topics.setString(6, String.join(";", p.keywords()));
                    topics.setTimestamp(7, now);
                    topics.addBatch();
                }
                if (i % BATCH == BATCH - 1 || i == profiles.size() - 1) {
                    accounts.executeBatch();
                    rows.executeBatch();
                    fields.executeBatch();
                    summaries.executeBatch();
                    topics.executeBatch();
                }
            }
            accounts.setLong(1, FIRST_ACCOUNT - 1);
            accounts.setString(2, OFFICE);
            accounts.setString(3, "Bench office");
            accounts.setString(4, "RESEARCH_OFFICE");
            accounts.setString(5, "KZ");
            accounts.setLong(6, institutions.get("KZ").getFirst());
            accounts.setTimestamp(7, now);
            accounts.executeUpdate();
        }
    }

    /** The family name of one, the given name of the other ("Ыскакова" + "Саят"; "林" + "雪梅"). */
    private static String recombined(String a, String b) {
        int spaceA = a.indexOf(' ');
        int spaceB = b.indexOf(' ');
        if (spaceA > 0 && spaceB > 0) {
            return a.substring(0, spaceA) + b.substring(spaceB);
        }
        return a.substring(0, 1) + (b.length() > 1 ? b.substring(1) : b);
    }

    /** Full names of the demo researchers by country, to recombine. */
    private static Map<String, List<String>> demoNames() throws IOException {
        var json = JsonMapper.builder().build();
        var names = new HashMap<String, List<String>>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/researchers.jsonl").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    var n = json.readTree(line);
                    names.computeIfAbsent(n.get("country").asString(), c -> new ArrayList<>()).add(n.get("fullName").asString());
                }
            }
        }
        return names;
    }
}

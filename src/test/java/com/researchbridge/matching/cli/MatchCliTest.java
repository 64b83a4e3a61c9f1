package com.researchbridge.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final MatchCli cli = new MatchCli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

    private Path profiles(String... lines) throws Exception {
        return Files.write(dir.resolve("p.jsonl"), java.util.List.of(lines));
    }

    private static final String CN = """
            {"id": "c1", "country": "CN", "lang": "zh", "summary": "研究天山冰川径流与冰川物质平衡的变化。", "keywords": ["冰川径流"], "extra": {"ignored": true}}""";
    private static final String KZ = """
            {"id": 7, "country": "KZ", "summary": "Іле Алатауы мұздықтарының масса балансы мен мұздық ағындысын зерттеймін.", "publications": [{"title": "Мұздық ағындысы", "year": 2024}]}""";
    private static final String KZ2 = """
            {"id": "k2", "country": "KZ", "lang": "ru", "summary": "Экономика туризма и гостиничный бизнес в Алматы."}""";

    @Test
    void matchWritesOneLinePerProfileWithReasons() throws Exception {
        Path out = dir.resolve("m.jsonl");
        int code = cli.run(new String[] {"match", "--profiles", profiles(CN, KZ, KZ2).toString(), "--top", "2", "--out", out.toString()});
        assertThat(code).isZero();
        var lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).startsWith("{\"id\":\"c1\",\"matches\":[{\"id\":\"7\"").contains("shared concepts");
        assertThat(lines.get(1)).contains("{\"id\":\"c1\"");
    }

    @Test
    void scoreWritesOneScorePerPair() throws Exception {
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"), "c1\t7\nc1\tk2\n");
        Path out = dir.resolve("s.tsv");
        int code = cli.run(new String[] {"score", "--profiles", profiles(CN, KZ, KZ2).toString(), "--pairs", pairs.toString(), "--out", out.toString()});
        assertThat(code).isZero();
        var lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        double partner = Double.parseDouble(lines.get(0).split("\t")[2]);
        double other = Double.parseDouble(lines.get(1).split("\t")[2]);
        assertThat(partner).isGreaterThan(other);
    }

    @Test
    void aMalformedLineStopsWithItsNumberAndWritesNothing() throws Exception {
        Path out = dir.resolve("m.jsonl");
        int code = cli.run(new String[] {"match", "--profiles", profiles(CN, "{\"country\": \"KZ\"}", KZ).toString(), "--out", out.toString()});
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("missing \"id\"");
        assertThat(out).doesNotExist();
        assertThat(Files.list(dir)).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
    }

    @Test
    void brokenJsonAndDuplicateIdsAreReported() throws Exception {
        assertThat(cli.run(new String[] {"match", "--profiles", profiles(CN, "{not json").toString(), "--out", dir.resolve("a").toString()})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("not valid JSON");
        assertThat(cli.run(new String[] {"match", "--profiles", profiles(CN, CN).toString(), "--out", dir.resolve("b").toString()})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("duplicate id");
    }

    @Test
    void unknownPairIdsAndBadOptionsAreRefused() throws Exception {
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"), "c1\tnobody\n");
        assertThat(cli.run(new String[] {"score", "--profiles", profiles(CN, KZ).toString(), "--pairs", pairs.toString(), "--out", dir.resolve("s").toString()})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown profile id \"nobody\"");
        assertThat(cli.run(new String[] {"match", "--profiles", profiles(CN).toString(), "--top", "zero", "--out", dir.resolve("m").toString()})).isEqualTo(2);
        assertThat(cli.run(new String[] {"match", "--top"})).isEqualTo(2);
    }
}

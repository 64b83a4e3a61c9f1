package com.researchbridge.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchmarkCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final BenchmarkCli cli = new BenchmarkCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void speedPrintsOneMarkdownTableWithTheFourMethodsSideBySide() throws Exception {
        new SpeedBenchmark(new PrintStream(out, true, StandardCharsets.UTF_8), 900, 40, 10).run(java.util.List.of(60));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("| profiles | method | queries (warm-up) |", "| 40 (10) |");
        assertThat(printed.lines().filter(l -> l.startsWith("| 60 |"))).hasSize(4)
                .anySatisfy(l -> assertThat(l).contains("index", "| — |"))
                .anySatisfy(l -> assertThat(l).contains("exhaustive", "| 1.000 |"))
                .anySatisfy(l -> assertThat(l).contains("brute-force cosine"))
                .anySatisfy(l -> assertThat(l).contains("MoreLikeThis"));
        assertThat(printed).contains("corpus 60:", "one-profile update at 60");
    }

    @Test
    void badSizesAreRefusedWithTheUsage() {
        assertThat(cli.run(new String[] {"bench-speed", "ten"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"bench-speed", "5"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"bench-speed", "100", "-1"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: bench-speed");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("| 5 |");
    }

    @Test
    void onlyBenchmarkCommandsAreHandled() {
        assertThat(BenchmarkCli.handles(new String[] {"bench-speed"})).isTrue();
        assertThat(BenchmarkCli.handles(new String[] {"match"})).isFalse();
        assertThat(BenchmarkCli.handles(new String[0])).isFalse();
    }
}

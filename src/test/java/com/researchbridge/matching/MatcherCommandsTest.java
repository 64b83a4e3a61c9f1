package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The application's jar runs the matcher's file commands; the benchmarks run from the test classpath only. */
class MatcherCommandsTest {

    @Test
    void matchAndScoreAreCommandsOfTheJarBenchmarksAreNot() {
        assertThat(MatcherCommands.handles(new String[] {"match"})).isTrue();
        assertThat(MatcherCommands.handles(new String[] {"score"})).isTrue();
        for (String bench : new String[] {"bench-speed", "bench-search", "bench-expertise", "bench-ntrex", "bench-crosslingual"}) {
            assertThat(MatcherCommands.handles(new String[] {bench, "10000"})).as(bench).isFalse();
        }
    }

    @Test
    void anythingElseThatIsNotAnOptionIsAnUnknownCommandNotASiteStart() {
        assertThat(MatcherCommands.isUnknownCommand(new String[] {"bench-speed", "10"})).isTrue();
        assertThat(MatcherCommands.isUnknownCommand(new String[] {"macth"})).isTrue();
        assertThat(MatcherCommands.unknownCommandMessage("bench-speed")).contains("bench-speed", "README");
        assertThat(MatcherCommands.isUnknownCommand(new String[] {})).isFalse();
        assertThat(MatcherCommands.isUnknownCommand(new String[] {"--server.port=0"})).isFalse();
        assertThat(MatcherCommands.isUnknownCommand(new String[] {"match", "--profiles", "p.jsonl"})).isFalse();
    }
}

package com.researchbridge.matching;

import com.researchbridge.matching.cli.MatchCli;

/**
 * The matcher's commands over files ({@code match}, {@code score}), run by the same jar as the site but without
 * web server or database. The benchmark commands are not in the jar: they run from the test classpath
 * ({@code BenchmarkMain}, see the README).
 */
public final class MatcherCommands {

    private MatcherCommands() {
    }

    public static boolean handles(String[] args) {
        return MatchCli.handles(args);
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args) {
        return new MatchCli(System.out, System.err).run(args);
    }
}

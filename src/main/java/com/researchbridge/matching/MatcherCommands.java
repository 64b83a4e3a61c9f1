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

    /**
     * A first argument that is neither an option of the site ({@code --server.port=...}) nor a command of the jar
     * (a benchmark name, a typo): the jar says so instead of starting the web site.
     */
    public static boolean isUnknownCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-") && !handles(args);
    }

    /** What the jar answers to an unknown command; the process then exits with 2. */
    public static String unknownCommandMessage(String command) {
        return "Unknown command '" + command + "'. This jar runs the site (no arguments, or --options), 'match' or"
                + " 'score'; the benchmark commands (bench-*) run from the test classpath, see the README.";
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args) {
        return new MatchCli(System.out, System.err).run(args);
    }
}

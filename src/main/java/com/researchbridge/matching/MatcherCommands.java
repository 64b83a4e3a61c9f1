package com.researchbridge.matching;

import com.researchbridge.matching.bench.BenchmarkCli;
import com.researchbridge.matching.cli.MatchCli;

/**
 * The matcher's commands over files ({@code match}, {@code score}, {@code bench-*}), run by the same jar as the
 * site but without web server or database.
 */
public final class MatcherCommands {

    private MatcherCommands() {
    }

    public static boolean handles(String[] args) {
        return MatchCli.handles(args) || BenchmarkCli.handles(args);
    }

    /**
     * Runs the command and returns the process exit code. {@code application} starts the site with extra
     * arguments, for the one benchmark that measures the running application ({@code bench-search}).
     */
    public static int run(String[] args,
                          java.util.function.Function<String[], org.springframework.context.ConfigurableApplicationContext> application) {
        return MatchCli.handles(args) ? new MatchCli(System.out, System.err).run(args)
                : new BenchmarkCli(System.out, System.err, application).run(args);
    }
}

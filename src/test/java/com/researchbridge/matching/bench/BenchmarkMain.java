package com.researchbridge.matching.bench;

import com.researchbridge.ResearchBridgeApplication;
import org.springframework.boot.SpringApplication;

/**
 * The benchmark commands ({@code bench-speed}, {@code bench-expertise}, {@code bench-ntrex},
 * {@code bench-crosslingual}, {@code bench-search}), run from the test classpath so that neither they nor their
 * data writers are in the application's jar:
 * <pre>
 *   ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=com.researchbridge.matching.bench.BenchmarkMain -Dexec.args="bench-speed 10000"
 * </pre>
 * {@code bench-search} starts the site itself ({@link ResearchBridgeApplication}) with extra arguments.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) {
        if (!BenchmarkCli.handles(args)) {
            System.err.println("usage: one of " + BenchmarkCli.COMMANDS + " and its arguments");
            System.exit(2);
        }
        int code = new BenchmarkCli(System.out, System.err,
                extra -> SpringApplication.run(ResearchBridgeApplication.class, extra)).run(args);
        System.exit(code);
    }
}

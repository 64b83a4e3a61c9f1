package com.researchbridge;

import com.researchbridge.matching.bench.BenchmarkCli;
import com.researchbridge.matching.cli.MatchCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ResearchBridgeApplication {

    /**
     * Starts the web site, or, when the first argument names a matcher command ({@code match}, {@code score}),
     * runs that command over files without web server or database.
     */
    public static void main(String[] args) {
        if (MatchCli.handles(args)) {
            System.exit(new MatchCli(System.out, System.err).run(args));
        }
        if (BenchmarkCli.handles(args)) {
            System.exit(new BenchmarkCli(System.out, System.err).run(args));
        }
        SpringApplication.run(ResearchBridgeApplication.class, args);
    }
}

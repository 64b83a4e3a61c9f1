package com.researchbridge;

import com.researchbridge.matching.MatcherCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ResearchBridgeApplication {

    /**
     * Starts the web site, or, when the first argument names a matcher command ({@code match}, {@code score}),
     * runs that command over files without web server or database.
     */
    public static void main(String[] args) {
        if (MatcherCommands.handles(args)) {
            System.exit(MatcherCommands.run(args));
        }
        if (MatcherCommands.isUnknownCommand(args)) {
            System.err.println(MatcherCommands.unknownCommandMessage(args[0]));
            System.exit(2);
        }
        SpringApplication.run(ResearchBridgeApplication.class, args);
    }
}

package com.researchbridge.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A save the user was told about survives {@code kill -9}: the application runs in a child JVM on an H2 file
 * database, makes one save (a profile edit, a project proposal, an office's roster import) through the real
 * services, prints an acknowledgement when the service call has returned, and is killed with SIGKILL the moment
 * the parent reads it. After each kill the database is opened again and the save must be there; the next
 * round's application start is the restart. Rounds: {@code -Ddurability.rounds} (default 3).
 */
class KillAfterSaveTest {

    private static final Duration START_LIMIT = Duration.ofMinutes(6);
    private static final List<String> ACTIONS = List.of("profile", "project", "import");

    @Test
    void everyAcknowledgedSaveIsThereAfterKillMinusNineAndARestart() throws Exception {
        int rounds = Integer.getInteger("durability.rounds", 3);
        Path dataDir = Files.createTempDirectory(Path.of("target"), "kill-db").toAbsolutePath();
        var saved = new ArrayList<String>();
        for (int round = 1; round <= rounds; round++) {
            for (String action : ACTIONS) {
                String marker = "Durability " + action + " round " + round;
                String ack = runAndKill(dataDir, action, marker);
                assertThat(ack).startsWith(DurabilityChild.ACK + " " + action);
                // A profile edit replaces the summary: only the latest one must be there.
                saved.removeIf(s -> action.equals("profile") && s.startsWith("profile:"));
                saved.add(action + ":" + marker);
                for (String s : saved) {
                    assertStored(dataDir, s.substring(0, s.indexOf(':')), s.substring(s.indexOf(':') + 1));
                }
                System.out.printf("durability: round %d, %s acknowledged (%s), killed with SIGKILL, all %d saves present%n",
                        round, action, ack, saved.size());
            }
        }
        // The application starts on the killed database once more, and everything is still there.
        assertThat(runAndKill(dataDir, "start", "-")).isEqualTo(DurabilityChild.ACK + " start started");
        for (String s : saved) {
            assertStored(dataDir, s.substring(0, s.indexOf(':')), s.substring(s.indexOf(':') + 1));
        }
    }

    /** Starts the child, waits for its acknowledgement and kills it at once with SIGKILL. */
    private static String runAndKill(Path dataDir, String action, String marker) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                DurabilityChild.class.getName(), dataDir.toString(), action, marker)
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            var log = new ArrayList<String>();
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(DurabilityChild.ACK + " ")) {
                    process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close of the database
                    process.waitFor(1, TimeUnit.MINUTES);
                    assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
                    return line;
                }
                log.add(line);
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
            throw new AssertionError("no acknowledgement from the application; its output:\n"
                    + String.join("\n", log.subList(Math.max(0, log.size() - 60), log.size())));
        } finally {
            process.destroyForcibly();
        }
    }

    private static void assertStored(Path dataDir, String action, String marker) throws Exception {
        try (var db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("researchbridge"), "sa", "")) {
            String sql = switch (action) {
                case "profile" -> "select count(*) from researcher_summary where body = ?";
                case "project" -> "select count(*) from joint_project where title = ?";
                case "import" -> "select count(*) from user_account where full_name = ?";
                default -> throw new IllegalArgumentException(action);
            };
            try (var query = db.prepareStatement(sql)) {
                query.setString(1, marker);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    assertThat(rows.getLong(1)).as("%s '%s' present after kill -9", action, marker).isGreaterThanOrEqualTo(1);
                }
            }
        }
    }
}

package com.researchbridge.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node started on a database that a newer release has migrated refuses to start, says why, and changes
 * nothing; on its own schema it starts (migrating a fresh database as before). Real H2 file databases.
 */
class SchemaVersionGuardTest {

    @TempDir
    Path dir;

    private Flyway flyway(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
    }

    @Test
    void aFreshDatabaseIsMigratedAndStartsAgainNextTime() {
        String url = "jdbc:h2:file:" + dir.resolve("fresh").toAbsolutePath();
        SchemaVersionGuard.migrate(flyway(url));
        assertThat(flyway(url).info().pending()).isEmpty();
        SchemaVersionGuard.migrate(flyway(url));
    }

    @Test
    void aDatabaseAtANewerSchemaRefusesStartUpWithAClearMessage() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("newer").toAbsolutePath();
        flyway(url).migrate();
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement()) {
            // what a newer release leaves behind: a migration this build does not have
            statement.execute("""
                    insert into "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                        "checksum", "installed_by", "installed_on", "execution_time", "success")
                    values (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'sa',
                        current_timestamp, 1, true)""");
            statement.execute("create table from_the_future (id int)");
        }
        assertThatThrownBy(() -> SchemaVersionGuard.migrate(flyway(url)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema is at version 999")
                .hasMessageContaining("newer than this version");
    }
}

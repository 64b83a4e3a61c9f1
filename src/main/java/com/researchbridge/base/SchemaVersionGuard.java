package com.researchbridge.base;

import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses to start on a database whose schema is newer than this build knows. Flyway only warns about such
 * "future" migrations, and the node would then run on tables it does not understand (during a rolling upgrade:
 * an old node after a new one migrated the shared database). Otherwise migrates as usual; Flyway's own
 * validation still refuses changed or missing migrations.
 */
@Configuration
class SchemaVersionGuard {

    @Bean
    FlywayMigrationStrategy refuseNewerSchema() {
        return SchemaVersionGuard::migrate;
    }

    static void migrate(Flyway flyway) {
        var migrations = flyway.info().all();
        var future = Arrays.stream(migrations)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder());
        if (future.isPresent()) {
            var known = Arrays.stream(migrations)
                    .filter(m -> m.getVersion() != null && m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED)
                    .map(MigrationInfo::getVersion)
                    .max(Comparator.naturalOrder())
                    .orElse(MigrationVersion.EMPTY);
            throw new IllegalStateException(("The database schema is at version %s, newer than this version of "
                    + "ResearchBridge understands (up to %s). Start the release that migrated the database, or "
                    + "restore a backup made with this one; nothing was changed.").formatted(future.get(), known));
        }
        flyway.migrate();
    }
}

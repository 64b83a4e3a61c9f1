package com.researchbridge.testsupport;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** An H2 file database with our migrations applied, for tests of one class's SQL without an application context
 * (one connection: for tests on one thread). */
public final class MigratedH2 {

    private MigratedH2() {
    }

    public static DataSource in(Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        // one connection kept open: H2 would otherwise open and close the database file for every statement
        return new SingleConnectionDataSource(url, "sa", "", true);
    }
}

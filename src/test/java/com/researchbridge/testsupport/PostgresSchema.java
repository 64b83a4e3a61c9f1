package com.researchbridge.testsupport;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh schema on the machine's PostgreSQL for one test class: created and wired into the application's data
 * source before the context starts, dropped after the class. The application's own connections (its background
 * index work may still hold locks) are closed first, so that dropping the schema cannot deadlock with them.
 */
public final class PostgresSchema {

    private final String name;

    public PostgresSchema(String prefix) {
        this.name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public String name() {
        return name;
    }

    /** Creates the schema and points the data source at it (call from a {@code @DynamicPropertySource} method). */
    public void register(DynamicPropertyRegistry registry) throws SQLException {
        execute("create schema " + name);
        registry.add("spring.datasource.url", () -> RequiresPostgres.URL
                + (RequiresPostgres.URL.contains("?") ? "&" : "?") + "currentSchema=" + name + "&ApplicationName=" + name);
        registry.add("spring.datasource.username", () -> RequiresPostgres.USER);
        registry.add("spring.datasource.password", () -> RequiresPostgres.PASSWORD);
    }

    /** Closes the application's connections to the schema and drops it (call from an {@code @AfterAll} method). */
    public void drop() throws SQLException {
        execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '" + name + "'");
        execute("drop schema if exists " + name + " cascade");
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(RequiresPostgres.URL, RequiresPostgres.USER, RequiresPostgres.PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

package com.researchbridge.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the annotated tests only when the PostgreSQL server is reachable; otherwise they are reported as
 * skipped, with the reason, and never pass silently. Server: {@code RB_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), user {@code RB_TEST_PG_USER} (default {@code postgres}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    String URL = System.getenv().getOrDefault("RB_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String USER = System.getenv().getOrDefault("RB_TEST_PG_USER", "postgres");
    String PASSWORD = System.getenv().getOrDefault("RB_TEST_PG_PASSWORD", "");

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try (var connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
                return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL);
            } catch (SQLException e) {
                String reason = "SKIPPED: PostgreSQL not reachable at " + URL + " as " + USER + " (" + e.getMessage() + ")";
                System.err.println(reason);
                return ConditionEvaluationResult.disabled(reason);
            }
        }
    }
}

package com.researchbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.ResearchBridgeApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded database is a real file: what changed before a restart is still there after it. */
class RestartKeepsDataTest {

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(ResearchBridgeApplication.class)
                .profiles("demo")
                .run("--researchbridge.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0",
                        "--spring.main.banner-mode=off");
    }

    @Test
    void aChangeSurvivesARestartAndTheDemoDataIsNotLoadedTwice() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-db");
        String email;
        try (var first = start(dataDir)) {
            var jdbc = first.getBean(JdbcTemplate.class);
            email = jdbc.queryForObject("select min(email) from user_account where role = 'RESEARCHER'", String.class);
            jdbc.update("update researcher_profile set position_title = 'Changed before restart' where account_id = "
                    + "(select id from user_account where email = ?)", email);
        }
        assertThat(dataDir.resolve("researchbridge.mv.db")).exists();

        try (var second = start(dataDir)) {
            var jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("""
                    select p.position_title from researcher_profile p join user_account a on a.id = p.account_id
                    where a.email = ?""", String.class, email)).isEqualTo("Changed before restart");
            assertThat(jdbc.queryForObject("select count(*) from user_account where role = 'ADMIN'", Long.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from researcher_profile", Long.class)).isEqualTo(300);
        }
    }
}

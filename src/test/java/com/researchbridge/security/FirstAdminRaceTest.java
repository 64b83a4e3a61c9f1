package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes starting on one fresh database both find no administrator and both create the configured one: the
 * database lets one insert win and the other node starts normally instead of failing its start-up.
 */
@IntegrationTest
class FirstAdminRaceTest {

    private static final String PASSWORD = "Steppe-Lantern-Orchard-2026";

    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    PasswordPolicy passwordPolicy;
    @Autowired
    JdbcTemplate jdbc;

    private FirstAdminBootstrap node(String email) {
        return new FirstAdminBootstrap(provisioning, passwordPolicy, email, PASSWORD, "First Administrator");
    }

    @Test
    void twoNodesCreatingTheFirstAdministratorAtOnceBothStartAndOneAccountExists() throws Exception {
        String email = "first-admin-" + UUID.randomUUID() + "@ministry.example";
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(4);
        var nodes = new ArrayList<Future<?>>();
        for (int i = 0; i < 4; i++) {
            var bootstrap = node(email);
            nodes.add(pool.submit(() -> {
                start.await();
                bootstrap.createConfiguredAdmin();
                return null;
            }));
        }
        start.countDown();
        for (var n : nodes) {
            n.get(2, TimeUnit.MINUTES); // none failed
        }
        pool.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, email))
                .isEqualTo(1);
        assertThat(provisioning.isAdmin(email)).isTrue();
        node(email).createConfiguredAdmin(); // a node restarted later: still fine
    }

    @Test
    void anAddressThatBelongsToAResearcherStopsStartUpWithAClearMessage() {
        assertThatThrownBy(() -> node(DemoAccounts.RESEARCHER_KZ).createConfiguredAdmin())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not an administrator");
        assertThat(provisioning.isAdmin(DemoAccounts.RESEARCHER_KZ)).isFalse();
    }
}

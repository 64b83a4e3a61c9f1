package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;

@IntegrationTest
class FirstAdminBootstrapTest {

    /** In the order Spring Boot runs them at start-up. */
    @Autowired
    List<ApplicationRunner> runners;

    /**
     * The demo start used to warn "No administrator exists" two seconds before the demo data brought one: the
     * check must come after the demo data, so that what it logs is true.
     */
    @Test
    void theFirstAdministratorIsLookedForAfterTheDemoDataIsLoaded() {
        var order = runners.stream().map(r -> AopUtils.getTargetClass(r).getSimpleName()).toList();
        assertThat(order).contains("DemoDataLoader", "FirstAdminBootstrap");
        assertThat(order.indexOf("DemoDataLoader")).as("runners in order: %s", order)
                .isLessThan(order.indexOf("FirstAdminBootstrap"));
    }
}

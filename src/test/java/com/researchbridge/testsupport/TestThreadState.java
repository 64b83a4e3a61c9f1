package com.researchbridge.testsupport;

import com.vaadin.flow.internal.CurrentInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Keeps one test's user from leaking into the next. Two pieces of global state get in the way when several
 * application contexts live in one JVM: Vaadin installs its own security-context strategy globally each time a
 * context starts (so a later context's strategy would hide the user a cached context's test set), and a
 * browserless test can leave its VaadinSession as "current" on the thread, which that strategy reads first.
 */
public class TestThreadState implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CurrentInstance.clearAll();
        var userSetByTheTest = SecurityContextHolder.getContext();
        SpringExtension.getApplicationContext(context).getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(strategy -> {
                    if (strategy.getContext().getAuthentication() == null && userSetByTheTest.getAuthentication() != null) {
                        strategy.setContext(userSetByTheTest);
                    }
                    SecurityContextHolder.setContextHolderStrategy(strategy);
                });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CurrentInstance.clearAll();
    }
}

package com.researchbridge.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.researchbridge.testsupport.BrowserJourney;
import com.researchbridge.testsupport.DemoAccounts;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The site's Content-Security-Policy leaves Vaadin working: the log-in form (which must send the CSRF token) and
 * the pages of each role render in Chromium, and the browser reports no violation of the policy.
 */
class ContentSecurityPolicyJourneyTest extends BrowserJourney {

    /** Reports every violation to the console, where the test collects it. */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e =>
                console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
            """;

    @Test
    void everyRolesPagesRenderUnderThePolicyWithoutViolations() {
        var problems = new CopyOnWriteArrayList<String>();
        visit(DemoAccounts.RESEARCHER_CN, List.of("", "researcher/profile", "researcher/partners", "search", "topics",
                "projects", "forgot-password"), problems);
        visit(DemoAccounts.OFFICE_KAZNU, List.of("office", "office/onboarding", "projects"), problems);
        visit(DemoAccounts.ADMIN, List.of("admin", "admin/users", "admin/audit", "admin/vocabulary"), problems);
        assertThat(problems).as("policy violations and script errors").isEmpty();
    }

    private void visit(String email, List<String> paths, List<String> problems) {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            context.addInitScript(REPORT_VIOLATIONS);
            var page = open(context);
            page.onConsoleMessage(m -> {
                if (m.type().equals("error") && !m.text().contains("favicon")) {
                    problems.add(page.url() + ": " + m.text());
                }
            });
            page.onPageError(e -> problems.add(page.url() + ": " + e));
            page.navigate(url("login"));
            assertThat(page.locator("vaadin-login-form")).isVisible();
            logIn(page, email, DemoAccounts.PASSWORD);
            for (String path : paths) {
                var response = page.navigate(url(path));
                assertThat(response.headers().getOrDefault("content-security-policy", ""))
                        .as("the policy is in force on %s", path).contains("script-src", "frame-ancestors");
                waitForVaadin(page);
                assertThat(page.locator("vaadin-app-layout, .rb-page").first()).isVisible();
            }
            screenshot(page, "csp-" + email.substring(0, email.indexOf('@')));
        }
    }

    private static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }
}

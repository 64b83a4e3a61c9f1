package com.researchbridge.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.NewResearcher;
import com.researchbridge.testsupport.Anonymous;
import com.researchbridge.testsupport.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A researcher signed in while an administrator blocks the account is signed out at the next page change. */
class BlockedAccountJourneyTest extends BrowserJourney {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBlockedResearcherIsSignedOutAtTheNextPage() {
        String email = "blocked.midway@nu.kz";
        String password = "Burabay-pines-at-noon-26";
        long institution = jdbc.queryForObject("select id from institution where code = 'KZ-NU'", Long.class);
        Anonymous.run(() -> accounts.register(new NewResearcher("Айдос Бұғатталған", email, password, Country.KZ,
                new InstitutionId(institution))));
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(1280, 900))) {
            var page = open(context);
            logIn(page, email, password);
            page.navigate(url("researcher/profile"));
            assertThat(page.locator("#profile-save")).isVisible();

            jdbc.update("update user_account set enabled = false where email = ?", email);
            page.navigate(url("topics"));
            page.waitForURL(u -> !u.contains("/topics")); // signed out, sent to the public start page
            page.navigate(url("topics"));
            page.waitForURL(u -> u.contains("/login")); // no longer signed in
            // and cannot log in again
            page.locator("vaadin-login-form input[name=username]").fill(email);
            page.locator("vaadin-login-form input[name=password]").fill(password);
            page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [part=submit]").first().click();
            page.waitForURL(u -> u.contains("error"));
            assertThat(page.locator("vaadin-login-form")).isVisible();
        }
    }

    @Test
    void tenWrongPasswordsLockTheAccountForAWhileAndTheAuditLogShowsThem() {
        String email = "many.guesses@nu.kz";
        String password = "Kolsai-lakes-in-autumn-26";
        long institution = jdbc.queryForObject("select id from institution where code = 'KZ-NU'", Long.class);
        Anonymous.run(() -> accounts.register(new NewResearcher("Көп Болжам", email, password, Country.KZ,
                new InstitutionId(institution))));
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900))) {
            var page = open(context);
            for (int i = 0; i < 10; i++) {
                page.navigate(url("login"));
                submit(page, email, "wrong-guess-" + i);
                page.waitForURL(u -> u.contains("error"));
            }
            page.navigate(url("login"));
            submit(page, email, password);
            page.waitForURL(u -> u.contains("error"));
            assertThat(page.locator("vaadin-login-form")).isVisible();
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'SIGN_IN_FAILED' and subject = ?", Long.class, email))
                .isGreaterThanOrEqualTo(10);
    }

    private static void submit(com.microsoft.playwright.Page page, String email, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [part=submit]").first().click();
    }
}

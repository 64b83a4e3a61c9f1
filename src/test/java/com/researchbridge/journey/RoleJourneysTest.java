package com.researchbridge.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.researchbridge.testsupport.BrowserJourney;
import com.researchbridge.testsupport.DemoAccounts;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real browser journeys: a visitor, each role logging in, switching the UI to Chinese and Kazakh, and a
 * refused URL. Screenshots go to target/screenshots/ for people to look at.
 */
class RoleJourneysTest extends BrowserJourney {

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        page = open(context);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private void screenshot(String name) {
        screenshot(page, name);
    }

    /** Picks a language in the header and waits until the page has reloaded in it. */
    private void switchLanguage(String nativeName) {
        page.evaluate("window.__rbBeforeSwitch = true");
        page.locator("#language-switcher").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(nativeName)).click();
        page.waitForFunction("!window.__rbBeforeSwitch && document.querySelector('vaadin-app-layout') !== null");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }

    private void logIn(String email) {
        logIn(page, email, DemoAccounts.PASSWORD);
    }

    @Test
    void aVisitorReadsTheLandingPageInThreeLanguages() {
        page.navigate(url(""));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        screenshot("landing-en");
        switchLanguage("中文");
        assertThat(page.locator("h1")).containsText("合作伙伴");
        screenshot("landing-zh");
        switchLanguage("Қазақша");
        assertThat(page.locator("h1")).containsText("серіктес");
        screenshot("landing-kk");
        page.navigate(url("login"));
        screenshot("login-kk");
        switchLanguage("English");
        screenshot("login-en");
        switchLanguage("中文");
        screenshot("login-zh");
    }

    @Test
    void aWrongPasswordGetsAPlainMessage() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(DemoAccounts.ADMIN);
        page.locator("vaadin-login-form input[name=password]").fill("not-the-password");
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [part=submit]").first().click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.getByText("The e-mail or password is not correct")).isVisible();
        screenshot("login-error-en");
    }

    @Test
    void theAdminSeesTheDashboardInEnglishChineseAndKazakh() {
        logIn(DemoAccounts.ADMIN);
        assertThat(page.getByText("Joint research at a glance")).isVisible();
        screenshot("admin-en");
        switchLanguage("中文");
        assertThat(page.locator("h2")).containsText("联合研究");
        screenshot("admin-zh");
        switchLanguage("Қазақша");
        screenshot("admin-kk");
        page.navigate(url("admin/institutions"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        screenshot("admin-institutions-kk");
        page.navigate(url("admin/matching"));
        assertThat(page.locator("#matching-status")).isVisible();
        screenshot("admin-matching-kk");
        page.navigate(url("admin/vocabulary"));
        page.locator("#vocabulary-search input").fill("мұздық");
        assertThat(page.locator("#vocabulary-grid")).containsText("glacier");
        screenshot("admin-vocabulary-kk");
        page.locator("#vocabulary-add").click();
        page.locator("#concept-id input").fill("Жаңа ұғым");
        page.locator("#concept-save").click();
        assertThat(page.locator("#concept-id")).hasAttribute("invalid", "");
        screenshot("admin-vocabulary-dialog-kk");
        page.keyboard().press("Escape");
        switchLanguage("English");
    }

    @Test
    void aResearchOfficeSeesItsInstitution() {
        logIn(DemoAccounts.OFFICE_KAZNU);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/office"));
        screenshot("office-en");
        page.navigate(url("search"));
        page.locator("#search-text input").fill("верблюжье молоко");
        page.locator("#search-text input").press("Enter");
        assertThat(page.locator("#search-count")).containsText("Researchers found");
        assertThat(page.locator("vaadin-grid#search-results")).containsText("胡志远");
        screenshot("search-en");
        switchLanguage("Қазақша");
        screenshot("office-kk");
        switchLanguage("中文");
        screenshot("office-zh");
        switchLanguage("English");
    }

    @Test
    void aResearcherReadsSuggestedPartnersWithReasonsInChineseAndKazakh() {
        logIn(DemoAccounts.RESEARCHER_CN);
        page.navigate(url("researcher/partners"));
        assertThat(page.locator(".rb-partner-card").first()).isVisible();
        assertThat(page.locator(".rb-partner-card").first()).containsText("共同研究主题");
        screenshot("partners-zh");
        switchLanguage("Қазақша");
        assertThat(page.locator(".rb-partner-card").first()).containsText("Ортақ тақырыптар");
        screenshot("partners-kk");
        page.navigate(url("researcher/profile"));
        assertThat(page.locator("#profile-save")).isVisible();
        screenshot("profile-kk");
        switchLanguage("中文");
        screenshot("profile-zh");
        var download = page.waitForDownload(() -> page.locator("#mydata-download").click());
        try {
            String json = java.nio.file.Files.readString(download.path());
            org.assertj.core.api.Assertions.assertThat(json).contains(DemoAccounts.RESEARCHER_CN, "\"profile\"");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        page.navigate(url("researcher/publications"));
        page.locator("vaadin-upload input[type=file]").setInputFiles(Path.of("src/test/resources/publications/mixed.bib"));
        assertThat(page.locator("#publications-preview")).isVisible();
        screenshot("publications-preview-zh");
        page.locator("#publications-import").click();
        assertThat(page.locator("#publications")).containsText("Stripe rust resistance");
    }

    @Test
    void aResearcherSeesTheirHomeAndIsRefusedTheAdminPages() {
        logIn(DemoAccounts.RESEARCHER_CN);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/researcher"));
        screenshot("researcher-cn-remembered-language");
        switchLanguage("English");
        screenshot("researcher-en");
        switchLanguage("Қазақша");
        screenshot("researcher-kk");
        page.navigate(url("admin"));
        assertThat(page.locator("vaadin-grid#dashboard-fields")).hasCount(0);
        screenshot("researcher-refused-admin-kk");
        switchLanguage("中文");
        screenshot("researcher-zh");
        assertThat(page.locator("body")).not().containsText("!");
    }
}

package com.researchbridge.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.researchbridge.testsupport.BrowserJourney;
import com.researchbridge.testsupport.DemoAccounts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A research office imports researchers from CSV in Russian (report, valid rows only, links) and in Chinese;
 * an invited researcher opens the link in Kazakh and activates the account. Screenshots in target/screenshots/.
 */
class OnboardingJourneyTest extends BrowserJourney {

    private void logIn(Page page, String email) {
        logIn(page, email, DemoAccounts.PASSWORD);
    }

    private static void upload(Page page, String fixture) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(Path.of("src/test/resources/onboarding", fixture));
        assertThat(page.locator("#onboarding-summary")).isVisible();
    }

    @Test
    void aKazakhOfficeImportsTheValidRowsInRussianAndTheResearcherAcceptsInKazakh() {
        String link;
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(1280, 1000))) {
            var page = open(context);
            logIn(page, DemoAccounts.OFFICE_KAZNU);
            page.locator("#office-onboarding").click();
            assertThat(page.locator("#onboarding-template")).isVisible();
            screenshot(page, "onboarding-empty-ru");
            upload(page, "journey-kaznu.csv");
            assertThat(page.locator("#onboarding-summary")).containsText("Строк в файле: 6");
            assertThat(page.locator("#onboarding-report")).containsText("тот же адрес, что в строке 3");
            screenshot(page, "onboarding-report-ru");
            page.locator("#onboarding-mode vaadin-radio-button").nth(1).click();
            page.locator("#onboarding-import").click();
            assertThat(page.locator("#onboarding-done")).containsText("приглашено исследователей: 2");
            screenshot(page, "onboarding-imported-ru");
            link = page.locator("#onboarding-links vaadin-grid-cell-content").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("/invitation/")).first().textContent().strip();
            page.navigate(url("office/invitations"));
            assertThat(page.locator("#invitations")).containsText("ожидает");
            screenshot(page, "onboarding-invitations-ru");
        }
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ").setViewportSize(1280, 800))) {
            var page = open(context);
            page.navigate(link);
            assertThat(page.locator("#invitation-message")).containsText("ғылыми бөлімі");
            screenshot(page, "invitation-accept-kk");
            page.locator("#invitation-password input").fill("Steppe-Orchard-Lantern-42");
            page.locator("#invitation-button").click();
            assertThat(page.locator("#invitation-login")).isVisible();
            screenshot(page, "invitation-accepted-kk");
        }
    }

    @Test
    void aChineseOfficeSeesTheReportInChineseAndAllOrNothingRefusesABadFile() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 1000))) {
            var page = open(context);
            logIn(page, DemoAccounts.OFFICE_TSINGHUA);
            page.navigate(url("office/onboarding"));
            upload(page, "journey-tsinghua.csv");
            assertThat(page.locator("#onboarding-report")).containsText("未知的学科代码");
            assertThat(page.locator("#onboarding-import")).isDisabled();
            screenshot(page, "onboarding-report-zh");
            page.locator("vaadin-upload input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                    "gbk.csv", "text/csv", "email,full_name\nli.na@tsinghua.example.org,李娜\n".getBytes(java.nio.charset.Charset.forName("GBK"))));
            assertThat(page.locator("#onboarding-error")).containsText("UTF-8");
            assertThat(page.locator("#onboarding-file")).containsText("gbk.csv");
            screenshot(page, "onboarding-encoding-zh");
        }
    }
}

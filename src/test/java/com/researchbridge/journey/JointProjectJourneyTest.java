package com.researchbridge.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.researchbridge.testsupport.BrowserJourney;
import com.researchbridge.testsupport.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A joint project from first idea to start, each person in their own language: a Kazakh mathematician (site in
 * Kazakh) sees the proposal button on her suggested partners and proposes a project to a Peking University
 * colleague from his profile page; he (in Chinese) finds it waiting on his home page, accepts and sends it to
 * the offices; the KazNU office (in Russian) and the PKU office (in Chinese) approve; she starts it, plans a
 * milestone and reports a joint paper; the administrator (in Chinese) sees it on the dashboard and exports it.
 */
class JointProjectJourneyTest extends BrowserJourney {

    private static final String PARTNER = "kai.huang@pku.example";

    @Autowired
    JdbcTemplate jdbc;

    private static Browser.NewContextOptions in(String locale) {
        return new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 900);
    }

    private static void step(Page page, String action, String comment) {
        page.locator("#project-action-" + action).click();
        if (comment != null) {
            page.locator("#project-step-comment textarea").fill(comment);
        }
        page.locator("#project-step-confirm").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
    }

    @Test
    void aProjectIsProposedAcceptedApprovedByBothOfficesAndStarted() {
        long partnerId = jdbc.queryForObject("select id from user_account where email = ?", Long.class, PARTNER);
        String projectUrl;
        try (var context = browser.newContext(in("kk-KZ"))) {
            var page = open(context);
            logIn(page, DemoAccounts.RESEARCHER_KZ, DemoAccounts.PASSWORD);
            page.navigate(url("researcher/partners"));
            assertThat(page.locator("vaadin-button.rb-request").first()).containsText("Бірлескен жоба ұсыну");
            screenshot(page, "project-suggestions-kk");

            page.navigate(url("researchers/" + partnerId));
            page.locator("#profile-propose").click();
            page.waitForURL(u -> u.contains("/project/new/"));
            assertThat(page.locator("#project-new-partner")).containsText("黄");
            page.locator("#project-new-send").click();
            assertThat(page.locator("#project-form-title")).containsText("Жобаның атауын жазыңыз.");
            page.locator("#project-form-title input").fill("Салмақты Харди теңсіздіктері / 加权Hardy不等式");
            page.locator("#project-form-description textarea").fill("""
                    Салмақты Харди типтес теңсіздіктерді Бесов және Трибель–Лизоркин кеңістіктерінде бірлесіп зерттеу.
                    English: a joint study of weighted Hardy-type inequalities in Besov and Triebel–Lizorkin spaces; \
                    a workshop in Almaty in 2027 and one in Beijing in 2028.""");
            screenshot(page, "project-new-kk");
            page.locator("#project-new-send").click();
            page.waitForURL(u -> u.matches(".*/project/\\d+$"));
            assertThat(page.locator("#project-status")).hasText("Ұсынылды");
            projectUrl = page.url();
        }
        try (var context = browser.newContext(in("zh-CN"))) {
            var page = open(context);
            logIn(page, PARTNER, DemoAccounts.PASSWORD);
            page.navigate(url("researcher"));
            assertThat(page.locator("#home-projects-waiting")).containsText("待您处理的合作项目：1");
            page.locator("#home-projects-waiting a").click();
            page.locator("#projects vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("加权Hardy不等式")).first().click();
            page.waitForURL(u -> u.matches(".*/project/\\d+$"));
            step(page, "accept", "很高兴合作！");
            assertThat(page.locator("#project-status")).hasText("已达成一致");
            step(page, "submit", null);
            assertThat(page.locator("#project-status")).hasText("科研处审核中");
            screenshot(page, "project-in-review-zh");
        }
        try (var context = browser.newContext(in("ru-RU"))) {
            var page = open(context);
            logIn(page, DemoAccounts.OFFICE_KAZNU, DemoAccounts.PASSWORD);
            page.navigate(url("projects"));
            assertThat(page.locator("#projects")).containsText("Салмақты Харди");
            screenshot(page, "project-list-office-ru");
            page.navigate(projectUrl);
            step(page, "approve", "Поддерживаем, просим отчёт по итогам первого года.");
            assertThat(page.locator("#project-status")).hasText("На рассмотрении научных отделов");
            assertThat(page.locator("#project-initiator")).containsText("одобрено");
            assertThat(page.locator("#project-partner")).containsText("ожидает решения");
            screenshot(page, "project-office-ru");
        }
        try (var context = browser.newContext(in("zh-CN"))) {
            var page = open(context);
            logIn(page, "office@pku.example", DemoAccounts.PASSWORD);
            page.navigate(projectUrl);
            step(page, "approve", null);
            assertThat(page.locator("#project-status")).hasText("已批准");
        }
        try (var context = browser.newContext(in("kk-KZ"))) {
            var page = open(context);
            logIn(page, DemoAccounts.RESEARCHER_KZ, DemoAccounts.PASSWORD);
            page.navigate(projectUrl);
            assertThat(page.locator("#project-status")).hasText("Мақұлданды");
            step(page, "start", null);
            assertThat(page.locator("#project-status")).hasText("Орындалуда");
            assertThat(page.locator("#project-history li")).hasCount(6);

            page.locator("#project-milestone-add").click();
            page.locator("#project-milestone-title input").fill("Алматыдағы бірлескен семинар");
            page.locator("#project-milestone-due input").click();
            page.locator("vaadin-date-picker-overlay vaadin-button, vaadin-date-picker-overlay-content vaadin-button")
                    .filter(new Locator.FilterOptions().setHasText("Бүгін")).first().click();
            page.locator("#project-milestone-save").click();
            assertThat(page.locator("#project-milestones")).containsText("Алматыдағы бірлескен семинар");

            page.locator("#project-output-add").click();
            page.locator("#project-output-kind").click();
            page.locator("vaadin-select-item:not([id^='value-']) >> visible=true")
                    .filter(new Locator.FilterOptions().setHasText("Бірлескен жарияланым")).first().click();
            page.locator("#project-output-title input").fill("Weighted Hardy inequalities on Besov spaces");
            page.locator("#project-output-date input").click();
            page.locator("vaadin-date-picker-overlay vaadin-button, vaadin-date-picker-overlay-content vaadin-button")
                    .filter(new Locator.FilterOptions().setHasText("Бүгін")).first().click();
            page.locator("#project-output-link input").fill("https://doi.org/10.5555/rb-journey");
            page.locator("#project-output-save").click();
            assertThat(page.locator("#project-outputs a")).hasText("Weighted Hardy inequalities on Besov spaces");
            screenshot(page, "project-active-kk");
            page.navigate(url("researcher/partners"));
            assertThat(page.locator("body")).not().containsText("黄凯");
        }
        try (var context = browser.newContext(in("zh-CN"))) {
            var page = open(context);
            logIn(page, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            page.navigate(url("admin"));
            assertThat(page.locator("#dashboard-outputs")).containsText("合作论文");
            screenshot(page, "dashboard-projects-zh");
            page.locator("#dashboard-areas").scrollIntoViewIfNeeded();
            page.locator("#dashboard-areas").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("dashboard-areas-zh.png")));
            page.locator("#dashboard-outputs").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("dashboard-outputs-zh.png")));
            page.locator("#dashboard-institutions").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("dashboard-institutions-zh.png")));
            var download = page.waitForDownload(() -> page.locator("#dashboard-outputs-download").click());
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("researchbridge-outputs.csv");
        }
    }
}

package com.researchbridge.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.researchbridge.testsupport.BrowserJourney;
import com.researchbridge.testsupport.DemoAccounts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A Chinese researcher registers, writes the profile in Chinese with an English version, imports a BibTeX
 * file and posts a topic; a Kazakh researcher (site in Kazakh) searching in Russian and English finds her and
 * her topic and opens her profile page; a Kazakh research office finds her in Russian; she opens her own page
 * from her topic.
 */
class NewResearcherJourneyTest extends BrowserJourney {

    @Test
    void aChineseResearcherJoinsAndIsFoundFromKazakhstanInRussianAndEnglish() {
        String base = url("");
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
            var page = open(context);
            page.navigate(base + "register");
            page.locator("vaadin-text-field input").first().fill("林雪梅");
            page.locator("vaadin-email-field input").fill("lin.xuemei@xju.edu.cn");
            page.locator("vaadin-password-field input").fill("Tarim-desert-poplar-2026");
            page.locator("vaadin-radio-button").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("中国")).click();
            page.waitForFunction("!document.querySelector('vaadin-combo-box').disabled");
            page.locator("vaadin-combo-box input").fill("新疆大学");
            page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("新疆大学")).first().click();
            screenshot(page, "journey-register-zh");
            page.locator("#register-submit").click();
            page.waitForURL(u -> u.contains("/login"));
            logIn(page, "lin.xuemei@xju.edu.cn", "Tarim-desert-poplar-2026");

            page.navigate(base + "researcher/profile");
            page.locator("vaadin-text-area textarea").first().fill("研究塔里木河下游胡杨林的水分利用与生态输水效果，结合遥感和样地调查评估荒漠河岸林恢复。");
            page.locator("#summary-add").click();
            page.locator("vaadin-text-area textarea").nth(1).fill("I study water use of Populus euphratica forests in the lower Tarim River and the ecological effect of water diversion to desert riparian forests.");
            page.locator("#spoken-language-add").click();
            page.locator("#spoken-languages vaadin-select").first().click();
            page.locator("vaadin-select-item:not([id^='value-']) >> visible=true").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("汉语")).first().click();
            page.locator("#spoken-languages vaadin-select").nth(1).click();
            page.locator("vaadin-select-item:not([id^='value-']) >> visible=true").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("母语")).first().click();
            page.locator("#spoken-language-add").click();
            page.locator("#spoken-languages vaadin-select").nth(2).click();
            page.locator("vaadin-select-item:not([id^='value-']) >> visible=true").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("英语")).first().click();
            page.locator("#profile-save").click();
            assertThat(page.locator("vaadin-notification-card")).containsText("已保存");
            screenshot(page, "journey-profile-zh");

            page.navigate(base + "researcher/publications");
            page.locator("vaadin-upload input[type=file]").setInputFiles(Path.of("src/test/resources/publications/good.bib"));
            page.locator("#publications-import").click();
            assertThat(page.locator("#publications")).containsText("Glacier mass balance");

            page.navigate(base + "topics");
            page.locator("#topic-post").click();
            page.locator("#topic-title input").fill("胡杨林生态输水联合研究");
            page.locator("#topic-description textarea").fill("寻找哈萨克斯坦伙伴，共同研究荒漠河岸林（胡杨、梭梭）的生态输水与恢复。");
            page.locator("#topic-kind").click();
            page.locator("vaadin-select-item >> visible=true").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("联合研究")).first().click();
            page.locator("#topic-submit").click();
            assertThat(page.locator("#topics")).containsText("胡杨林生态输水联合研究");
            screenshot(page, "journey-topics-zh");
        }
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ").setViewportSize(1280, 900))) {
            var page = open(context);
            logIn(page, DemoAccounts.RESEARCHER_KZ, DemoAccounts.PASSWORD);
            page.navigate(base + "search");
            assertThat(page.locator("h2")).containsText("Серіктес");
            page.locator("#search-text input").fill("тугайные леса и экологические попуски");
            page.locator("#search-text input").press("Enter");
            var found = page.locator("vaadin-grid#search-results a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("林雪梅"));
            assertThat(found).hasCount(1);
            assertThat(page.locator("#search-count")).containsText("Табылған зерттеушілер");
            screenshot(page, "journey-search-kk");

            page.locator("#search-tab-topics").click();
            assertThat(page.locator("vaadin-grid#search-topics")).containsText("胡杨林生态输水联合研究");
            assertThat(page.locator("#search-count")).containsText("Табылған тақырыптар");
            screenshot(page, "journey-search-topics-kk");

            page.locator("#search-tab-researchers").click();
            page.locator("vaadin-grid#search-results a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("林雪梅")).click();
            page.waitForURL(u -> u.contains("/researchers/"));
            assertThat(page.locator("#profile-name")).hasText("林雪梅");
            // A Kazakh reader gets the English version first; the Chinese original is one click away.
            assertThat(page.locator("#profile-summary")).containsText("Populus euphratica");
            page.locator("#profile-show-original").click();
            assertThat(page.locator("#profile-summary-original")).containsText("胡杨林");
            assertThat(page.locator("#profile-publications")).containsText("Glacier mass balance");
            assertThat(page.locator("#profile-topics")).containsText("胡杨林生态输水联合研究");
            screenshot(page, "journey-profile-page-kk");
        }
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(1280, 900))) {
            var page = open(context);
            logIn(page, DemoAccounts.OFFICE_KAZNU, DemoAccounts.PASSWORD);
            page.navigate(base + "search");
            page.locator("#search-text input").fill("тугайные леса и экологические попуски");
            page.locator("#search-text input").press("Enter");
            assertThat(page.locator("vaadin-grid#search-results")).containsText("林雪梅");
            screenshot(page, "journey-search-ru");
            page.locator("vaadin-grid#search-results a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("林雪梅")).click();
            assertThat(page.locator("#profile-name")).hasText("林雪梅");
            screenshot(page, "journey-profile-page-ru");
        }
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
            var page = open(context);
            logIn(page, "lin.xuemei@xju.edu.cn", "Tarim-desert-poplar-2026");
            page.navigate(base + "search");
            page.locator("#search-text input").fill("冰川");
            page.locator("#search-text input").press("Enter");
            assertThat(page.locator("#search-count")).containsText("找到研究人员");
            screenshot(page, "journey-search-zh");
            page.navigate(base + "topics");
            page.locator("#topics vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("胡杨林生态输水联合研究")).first().click();
            page.locator("#topic-author").click();
            assertThat(page.locator("#profile-name")).hasText("林雪梅");
            screenshot(page, "journey-profile-page-zh");
        }
    }
}

package com.researchbridge.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import java.sql.Connection;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import com.researchbridge.testsupport.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A save that fails on the server for a reason the page does not expect (here the profile row is held by another
 * transaction until the database gives up waiting) is reported to the user in their language, with a reference
 * that is also in the log, and what they typed stays in the form so that the next try succeeds.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorNoticeJourneyTest extends BrowserJourney {

    private static final Pattern REFERENCE = Pattern.compile("RB-[0-9A-F]{10}");

    @Autowired
    DataSource dataSource;

    @Test
    void aFailedSaveIsShownWithAReferenceAndKeepsWhatWasTyped(CapturedOutput log) throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ").setViewportSize(1280, 900))) {
            var page = open(context);
            logIn(page, "sayat.usenov@kaznu.example", "Bridge-Demo-2026");
            page.navigate(url("researcher/profile"));
            var position = page.locator("#profile-position input");
            String original = position.inputValue();
            position.fill("Жетекші ғылыми қызметкер, сынақ");
            position.press("Enter"); // the position is a combo box now: commit the free text and close its list

            String shown;
            try (Connection holder = dataSource.getConnection()) {
                holder.setAutoCommit(false);
                try (var lock = holder.prepareStatement("select id from researcher_profile where account_id ="
                        + " (select id from user_account where email = ?) for update")) {
                    lock.setString(1, "sayat.usenov@kaznu.example");
                    lock.executeQuery().close();
                }
                page.locator("#profile-save").click();
                var notice = page.locator("vaadin-notification-card").filter(
                        new com.microsoft.playwright.Locator.FilterOptions().setHasText("RB-"));
                assertThat(notice).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
                shown = notice.textContent();
                screenshot(page, "error-notice-kk");
                holder.rollback();
            }
            assertThat(shown).contains("әкімшіге");
            var matcher = REFERENCE.matcher(shown);
            assertThat(matcher.find()).as("reference in %s", shown).isTrue();
            assertThat(log.getAll()).contains("Unexpected error " + matcher.group());
            assertThat(position).hasValue("Жетекші ғылыми қызметкер, сынақ");

            page.locator("vaadin-notification-card vaadin-button").first().click();
            page.locator("#profile-save").click();
            assertThat(page.locator("vaadin-notification-card[theme~='success']")).isVisible();
            page.navigate(url("researcher/profile"));
            assertThat(page.locator("#profile-position input")).hasValue("Жетекші ғылыми қызметкер, сынақ");
            page.locator("#profile-position input").fill(original);
            page.locator("#profile-position input").press("Enter");
            page.locator("#profile-save").click();
        }
    }
}

package com.researchbridge.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey through the real site in headless Chromium: the application on a random port with the demo
 * data, one browser per test class, screenshots in {@code target/screenshots/} for people to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles({"test", "demo"})
public abstract class BrowserJourney {

    protected static final Path SCREENSHOTS = Path.of("target/screenshots");

    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeTrue(Chromium.installed(), "Chromium not installed at " + Chromium.EXECUTABLE);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** A new page with a timeout that a loaded 2-core machine can meet. */
    protected static Page open(BrowserContext context) {
        var page = context.newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    protected static void screenshot(Page page, String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(400);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    protected void logIn(Page page, String email, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [part=submit]").first().click();
        page.waitForURL(u -> !u.contains("/login"));
    }
}

package com.researchbridge.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
 * Override the binary with RB_CHROMIUM.
 */
public final class Chromium {

    public static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("RB_CHROMIUM", "/usr/bin/chromium"));

    private Chromium() {
    }

    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    public static Browser launch(Playwright playwright) {
        // A loaded 2-core machine (CI builds the front end and runs other tests) can take longer than the 5 s default.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }
}

package dev.sharpend.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Starts the Debian Chromium for browser tests, as its headless shell (package
 * {@code chromium-headless-shell}): the same Blink and V8 without the desktop browser
 * around them, which used about a third less CPU than {@code chromium --headless} for the
 * same tests. Playwright's own browser download is switched off (surefire sets
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD), so tests use the system package that CI installs,
 * and fail rather than skip when it is missing. Where only the desktop package
 * ({@code chromium}) is installed, that one runs the tests, headless.
 */
public final class Chromium {

	public static final Path EXECUTABLE = Files.isExecutable(Path.of("/usr/bin/chromium-headless-shell"))
			? Path.of("/usr/bin/chromium-headless-shell") : Path.of("/usr/bin/chromium");

	private Chromium() {
	}

	/** Fails with what to do when Chromium is not installed. */
	public static void requireInstalled() {
		if (!Files.isExecutable(EXECUTABLE)) {
			throw new IllegalStateException("Browser tests need Chromium at " + EXECUTABLE
					+ ". Install it with: apt-get update && apt-get install -y chromium-headless-shell (./test does this).");
		}
	}

	public static Browser launch(Playwright playwright) {
		requireInstalled();
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

}

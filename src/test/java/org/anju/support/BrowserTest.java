package org.anju.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port, driven through Debian's
 * headless Chromium and its chromedriver (nothing is downloaded; {@code CHROMIUM} and
 * {@code CHROMEDRIVER} point elsewhere if needed). Set-up goes through the API as in
 * {@link ApiTest}; each test class gets one browser, and every test starts logged out.
 * {@link #screenshot} saves the page to {@code target/screenshots} for review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest extends ApiTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	protected static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
		String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
		if (!new File(chromium).canExecute() || !new File(driver).canExecute()) {
			throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver at " + chromium
					+ " and " + driver + ": run .ci/install-chromium (or set CHROMIUM and CHROMEDRIVER)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-component-update",
				"--disable-sync", "--window-size=1366,900", "--lang=zh-CN",
				"--user-data-dir=" + Files.createTempDirectory("anju-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(driver))
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void loggedOut() {
		browser.manage().deleteAllCookies();
	}

	/** A phone's viewport (390×844, an iPhone 12–14), for the owners' and the public pages. */
	protected void phone() {
		browser.manage().window().setSize(new Dimension(390, 844));
	}

	/** The default desktop viewport (1366×900). */
	protected void desktop() {
		browser.manage().window().setSize(new Dimension(1366, 900));
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		browser.get(url(path));
	}

	/** Logs in through the login page (password {@link ApiTest#PASSWORD}, or the admin's). */
	protected void login(String username) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(ADMIN.equals(username) ? "test-admin-pw" : PASSWORD);
		browser.findElement(By.id("login")).click();
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	protected WebElement find(String css) {
		return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	protected <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		// an htmx swap may replace an element between finding and reading it: look again
		return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	/** Waits until the element shows the text: after a click, the old page may still be there for a moment. */
	protected void awaitText(String css, String text) {
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
	}

	protected String pageText() {
		return browser.findElement(By.tagName("body")).getText();
	}

	/** Saves the page as {@code target/screenshots/<name>.png}. */
	protected void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package gg.pickban.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the staff-site tests: Debian's headless Chromium driven through its own
 * chromedriver (both named by path, so Selenium never looks for or downloads either), with a fresh
 * profile that is deleted again at close. It talks to one app instance; logins come from the test
 * endpoints, their {@code sessionid} put into the browser's cookies.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "admin-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final AppProcess app;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(AppProcess app) throws IOException {
        this.app = app;
        this.profile = Files.createTempDirectory("pickban-chromium-");
        this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(app.directory().resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public static Browser open(AppProcess app) {
        try {
            return new Browser(app);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** The browser logged in as that client: its session cookie, set on the instance's origin. */
    public Browser loggedInAs(Api api) {
        go("/api/");
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie.Builder("sessionid", api.cookie("sessionid")).path("/").isHttpOnly(true).build());
        return this;
    }

    public Browser go(String path) {
        driver.get(app.uri(path).toString());
        return this;
    }

    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Waits for the condition, asking again when the page changed under it (a navigation replaces the
     * elements looked at); when it never holds, the page is kept (screenshot and source) before the failure.
     */
    private <T> T until(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(condition);
        } catch (TimeoutException e) {
            keepEvidence();
            throw e;
        }
    }

    private void keepEvidence() {
        try {
            String name = "failed-" + System.currentTimeMillis();
            screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
        } catch (RuntimeException | IOException ignored) {
            // the failure itself is what matters
        }
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, and waits until the menu shows it.
     * The panel and its options appear with an animation, so a click can land too early: then again.
     */
    public Browser select(String clientId, String label) {
        String menu = "[id='" + clientId + "']";
        By option = By.cssSelector("[id='" + clientId + "_items'] li[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            if (driver.findElements(option).stream().noneMatch(WebElement::isDisplayed)) {
                click(menu);
            }
            until(ExpectedConditions.elementToBeClickable(option)).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[id='" + clientId + "_label']"), label));
                return this;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    keepEvidence();
                    throw e;
                }
            }
        }
    }

    /** Clicks the visible "Yes" of PrimeFaces' confirmation dialog. */
    public Browser confirm() {
        return click(".ui-confirm-dialog .ui-confirmdialog-yes");
    }

    /** Waits until the page's text contains that text. */
    public Browser waitForText(String text) {
        until(d -> pageText().contains(text));
        return this;
    }

    /** Waits until an element's text contains that text. */
    public Browser waitForText(String css, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return this;
    }

    public Browser waitUntil(BooleanSupplier condition) {
        until(d -> condition.getAsBoolean());
        return this;
    }

    /** Waits for PrimeFaces' Ajax queue to be empty. */
    public Browser settle() {
        until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
        return this;
    }

    public Browser size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Keeps a screenshot of the viewport as target/admin-screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException ignored) {
                // a profile left in /tmp is harmless
            }
        }
    }
}

package fr.gouv.sante.jalons.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system Chromium, headless, driven through the system chromedriver. Every browser test class
 * registers it: {@code @RegisterExtension static final BrowserSupport browser = new BrowserSupport();}.
 *
 * <p>One browser serves the whole test run: starting Chromium and its driver took seconds per class.
 * Each class still gets it as a freshly started one would be: before the class, the browser is on a
 * new blank tab, without cookies, cache or stored data for any origin the tests opened, and back to
 * its desktop viewport. It is closed when the test run ends.
 *
 * <p>Nothing is downloaded: both executables are given explicitly so that Selenium Manager never runs.
 * Where they are missing the tests are skipped on a developer's machine and fail in CI
 * ({@code CI=true}), where browser tests must always run. Override the paths with the system
 * properties {@code jalons.browser.chromium} and {@code jalons.browser.chromedriver}, or the environment
 * variables {@code JALONS_CHROMIUM} and {@code JALONS_CHROMEDRIVER} (GitHub's runners have Google
 * Chrome and its chromedriver rather than Debian's packages).
 */
public final class BrowserSupport implements BeforeAllCallback, BeforeEachCallback {

    static final Path CHROMIUM = location("jalons.browser.chromium", "JALONS_CHROMIUM", "/usr/bin/chromium");
    static final Path CHROMEDRIVER =
            location("jalons.browser.chromedriver", "JALONS_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String INSTALL_HINT = "apt-get install -y chromium chromium-driver";

    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(BrowserSupport.class);

    private static Path location(String property, String variable, String fallback) {
        String fromEnvironment = System.getenv(variable);
        String value = System.getProperty(
                property, fromEnvironment == null || fromEnvironment.isBlank() ? fallback : fromEnvironment);
        return Path.of(value);
    }

    private Browser browser;
    private WebDriver driver;
    private String unavailable;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        String missing = Stream.of(CHROMIUM, CHROMEDRIVER)
                .filter(path -> !Files.isExecutable(path))
                .map(Path::toString)
                .reduce((a, b) -> a + ", " + b)
                .orElse(null);
        if (missing != null) {
            String message = "Browser tests need Chromium and chromedriver; missing: " + missing
                    + ". Install them with `" + INSTALL_HINT + "`.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " In CI (CI=true) browser tests are never skipped.");
            }
            // Skipped test by test (in beforeEach) so that the report counts them as skipped, with the reason.
            unavailable = message + " Skipping the browser tests.";
            return;
        }
        // the root context's store closes the browser when the whole run ends
        ExtensionContext.Store store = context.getRoot().getStore(SHARED);
        Browser browser = store.computeIfAbsent(Browser.class, key -> Browser.start(), Browser.class);
        if (!browser.reset()) {
            // a class left it unusable (a dialog open, a crashed tab): the next class gets a new one
            store.remove(Browser.class, Browser.class).close();
            browser = store.computeIfAbsent(Browser.class, key -> Browser.start(), Browser.class);
        }
        this.browser = browser;
        driver = browser.driver;
        CLASSES_RUN.add(context.getRequiredTestClass().getName());
        Files.createDirectories(SCREENSHOTS);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        assumeTrue(unavailable == null, unavailable);
    }

    /** The one browser of the run, with the origins its pages came from (whose data a reset forgets). */
    private static final class Browser implements AutoCloseable {

        private final ChromeDriverService service;
        private final WebDriver driver;
        private final Path profile;
        private final Set<String> origins = ConcurrentHashMap.newKeySet();

        private Browser(ChromeDriverService service, WebDriver driver, Path profile) {
            this.service = service;
            this.driver = driver;
            this.profile = profile;
        }

        static Browser start() {
            // Belt and braces: with the driver given, Selenium Manager has nothing to look up.
            System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
            Path profile;
            try {
                profile = Files.createTempDirectory("jalons-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,1024",
                    "--lang=fr-FR",
                    "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            WebDriver driver;
            try {
                driver = new ChromeDriver(service, options);
            } catch (RuntimeException e) {
                service.stop();
                deleteProfile(profile);
                throw e;
            }
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Browser(service, driver, profile);
        }

        /**
         * As a new browser would be: one blank tab (a new one, so no session storage either), no
         * cookies, no cached page, no data stored for the origins opened, the desktop viewport.
         * False when the browser no longer answers.
         */
        boolean reset() {
            try {
                String previous = driver.getWindowHandle();
                driver.switchTo().newWindow(WindowType.TAB);
                String fresh = driver.getWindowHandle();
                driver.switchTo().window(previous).close();
                driver.switchTo().window(fresh);
                HasCdp cdp = (HasCdp) driver;
                cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                cdp.executeCdpCommand("Network.clearBrowserCache", Map.of());
                for (String origin : origins) {
                    cdp.executeCdpCommand(
                            "Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
                }
                cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                return true;
            } catch (WebDriverException e) {
                return false;
            }
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } catch (WebDriverException ignored) {
                // already gone: there is nothing left to stop but the driver's process
            } finally {
                service.stop();
                deleteProfile(profile);
            }
        }
    }

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException(
                    "The browser is not started: register BrowserSupport with @RegisterExtension on a static field");
        }
        return driver;
    }

    /** Waits up to ten seconds, e.g. for the page loaded by a click, looking every 50 ms. */
    public WebDriverWait await() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10), Duration.ofMillis(50));
    }

    /**
     * Clicks something that loads a new page and waits until that page is there. The old page is marked
     * on its window object, which a navigation replaces; while the browser is between the two pages a
     * command may fail (chromedriver may even report the old page's nodes with an "unknown error"
     * rather than as stale), so such failures only mean "not yet".
     */
    public void clickAndWaitForPage(org.openqa.selenium.WebElement element) {
        org.openqa.selenium.JavascriptExecutor script = (org.openqa.selenium.JavascriptExecutor) driver;
        script.executeScript("window.jalonsPreviousPage = true;");
        element.click();
        await().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script.executeScript(
                        "return window.jalonsPreviousPage === undefined && document.readyState === 'complete';")));
        awaitDsfr();
    }

    /**
     * Waits until the DSFR script has started on the current page (it marks the root element), so that
     * what is checked or captured is the page as a visitor gets it.
     */
    public void awaitDsfr() {
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[data-fr-js='true']")));
    }

    /** Loads a page and waits for the DSFR script. */
    public void open(String url) {
        URI address = URI.create(url);
        if (address.getScheme() != null && address.getAuthority() != null) {
            // what the next class's reset forgets (a fresh browser knew no origin)
            browser.origins.add(address.getScheme() + "://" + address.getAuthority());
        }
        driver().get(url);
        awaitDsfr();
    }

    /**
     * Signs in through the login page of the application at {@code base} (e.g.
     * {@code http://localhost:8080}), as a person would: types the address and password, clicks
     * "Se connecter" and waits for the next page. Where it lands is for the caller to check.
     */
    public void signIn(String base, String email, String password) {
        open(base + "/connexion");
        driver().findElement(By.id("email")).sendKeys(email);
        driver().findElement(By.id("password")).sendKeys(password);
        clickAndWaitForPage(button("Se connecter"));
    }

    /** The page's h1, as shown. */
    public String h1() {
        return driver().findElement(By.tagName("h1")).getText();
    }

    /** The text of main as shown, no-break and narrow no-break spaces (French numbers) read as plain spaces. */
    public String mainText() {
        return normalised(driver().findElement(By.tagName("main")).getText());
    }

    /** No-break and narrow no-break spaces (French number formatting) read as plain spaces. */
    public static String normalised(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** The button labelled so. */
    public org.openqa.selenium.WebElement button(String label) {
        return driver().findElement(By.xpath("//button[normalize-space()='" + label + "']"));
    }

    /** The WCAG rules checked on every page: 2.0 and 2.1, levels A and AA. */
    public static final java.util.List<String> WCAG_21_AA =
            java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Checks the page on screen: one h1, no data table without data (axe only reports those as
     * "incomplete"), and no axe-core violation of the WCAG 2.1 A/AA rules; the page is saved as a
     * screenshot when axe-core finds a violation, or before every audit with {@code
     * -Djalons.browser.screenshots=audited} (a full-length capture costs about as much as half an audit,
     * for a picture no one looks at when the page passes).
     *
     * <p>axe-core (a third of a second a page on an idle machine) runs once per kind of page in the
     * test run ({@link PageKind}): the template the page was rendered from, the viewport's width and
     * the states shown (an error summary, a field in error, an opened dialog). The same template in
     * another state is audited too; the same list with other rows is not audited again. {@code
     * -Djalons.browser.audit=every-page} audits every page as it is visited. {@link
     * AccessibilityCoverageTests} checks that every page template is audited somewhere.
     */
    public void assertAccessible(String screenshot) {
        String page = driver.getCurrentUrl();
        org.assertj.core.api.Assertions.assertThat(driver.findElements(org.openqa.selenium.By.tagName("h1")))
                .as("the h1 of %s", page)
                .hasSize(1);
        org.assertj.core.api.Assertions.assertThat(
                        driver.findElements(org.openqa.selenium.By.xpath("//table[not(tbody/tr/td)]")))
                .extracting(table -> table.findElements(org.openqa.selenium.By.tagName("caption")).stream()
                        .map(caption -> caption.getDomProperty("textContent"))
                        .findFirst()
                        .orElse("(no caption)"))
                .as("captions of the data tables without any data row on %s", page)
                .isEmpty();
        CHECKED.incrementAndGet();
        PageKind kind = PageKind.of(driver);
        if (!EVERY_PAGE && !AUDITED.add(kind.key())) {
            return;
        }
        if (kind.view() != null) {
            AUDITED_VIEWS.add(kind.view());
        }
        if (SCREENSHOT_EVERY_AUDIT) {
            screenshot(screenshot);
        }
        // every node of a violation, but one node only per rule that passes (or does not apply): the
        // whole list of passing nodes made most of the result's weight, read and thrown away
        com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
        options.setResultTypes(java.util.List.of("violations"));
        com.deque.html.axecore.selenium.AxeBuilder axe = new com.deque.html.axecore.selenium.AxeBuilder()
                .withOptions(options)
                .withTags(WCAG_21_AA)
                // axe.run in the page itself: by default it runs frame by frame and then finishes in a
                // blank window of its own, a third slower; the application's pages have no frame
                .setLegacyMode(true);
        // the builder sends axe-core's 560 kB script before it reads the version in the page, then again
        // before it runs it: the second time the page has it already
        axe.setInjectAxe(BrowserSupport::injectAxeUnlessPresent, false);
        com.deque.html.axecore.results.Results results = axe.analyze(driver);
        try {
            org.assertj.core.api.Assertions.assertThat(results.isErrored())
                    .as("axe-core failed on %s: %s", page, results.getErrorMessage())
                    .isFalse();
            org.assertj.core.api.Assertions.assertThat(results.getPasses())
                    .as("axe-core checked nothing on %s", page)
                    .isNotEmpty();
            org.assertj.core.api.Assertions.assertThat(results.getViolations())
                    .extracting(com.deque.html.axecore.results.Rule::getId)
                    .as("axe-core violations on %s (%s):%n%s%n", page, screenshot, describe(results.getViolations()))
                    .isEmpty();
        } catch (AssertionError e) {
            // a page that fails is audited again wherever it is met, not passed as "already audited"
            AUDITED.remove(kind.key());
            if (!SCREENSHOT_EVERY_AUDIT) {
                screenshot(screenshot);
            }
            throw e;
        }
    }

    private static void injectAxeUnlessPresent(WebDriver driver) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        // window.axe alone may be the element whose id is "axe" (an axis of the roadmap)
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe?.configure === 'function';"))) {
            script.executeScript(AxeScript.SOURCE);
        }
    }

    /** axe-core's script as the builder would send it, read once. */
    private static final class AxeScript {
        static final String SOURCE;

        static {
            try {
                SOURCE = new com.deque.html.axecore.providers.EmbeddedResourceAxeProvider().getScript();
            } catch (IOException | javax.naming.OperationNotSupportedException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    /** Audits every page visited rather than once per kind of page (see {@link #assertAccessible}). */
    static final boolean EVERY_PAGE = "every-page".equals(System.getProperty("jalons.browser.audit"));

    /** Saves a screenshot before every audit, not only of the pages that fail one. */
    static final boolean SCREENSHOT_EVERY_AUDIT = "audited".equals(System.getProperty("jalons.browser.screenshots"));

    /** The kinds of page axe-core checked in this test run (a test JVM runs every browser class). */
    private static final Set<String> AUDITED = ConcurrentHashMap.newKeySet();

    /** How many pages were checked in this test run, audited by axe-core or not. */
    static final java.util.concurrent.atomic.AtomicInteger CHECKED = new java.util.concurrent.atomic.AtomicInteger();

    /** The kinds of page audited, for the record {@link AccessibilityCoverageTests} writes. */
    static Set<String> audited() {
        return Set.copyOf(AUDITED);
    }

    /** The templates of the pages axe-core checked in this test run, read by {@link AccessibilityCoverageTests}. */
    static final Set<String> AUDITED_VIEWS = ConcurrentHashMap.newKeySet();

    /** The browser test classes that ran in this test run, read by {@link AccessibilityCoverageTests}. */
    static final Set<String> CLASSES_RUN = ConcurrentHashMap.newKeySet();

    /**
     * What makes two pages the same for axe-core: the template (named by the tests' {@code
     * Server-Timing} header, or the address with its numbers and codes blanked where the page came
     * from elsewhere), the viewport's width, and the states the page shows: alerts, notices and
     * messages by kind, fields in error, opened dialogs and expanded sections. Rows, badges and other
     * data are left out: keyed on every component shown, 256 pages made 226 kinds, the same template
     * with other data counting as another kind.
     */
    record PageKind(@org.jspecify.annotations.Nullable String view, String path, long width, String states) {

        private static final String SCRIPT = """
                const navigation = performance.getEntriesByType('navigation')[0];
                const timing = navigation && navigation.serverTiming
                    ? navigation.serverTiming.find(t => t.name === 'view') : undefined;
                const states = new Set();
                for (const e of document.body.querySelectorAll('[class*="fr-"]')) {
                  for (const c of e.classList) {
                    if (/^fr-(alert|notice|message)--|--error$|^fr-error-text$|--opened$|--expanded$/.test(c)) {
                      states.add(c);
                    }
                  }
                }
                return [timing ? timing.description : '', location.pathname, window.innerWidth,
                    [...states].sort().join(' ')];""";

        static PageKind of(WebDriver driver) {
            @SuppressWarnings("unchecked")
            java.util.List<Object> found = (java.util.List<Object>) ((JavascriptExecutor) driver).executeScript(SCRIPT);
            String view = (String) found.get(0);
            return new PageKind(
                    view.isEmpty() ? null : view, (String) found.get(1), ((Number) found.get(2)).longValue(), (String)
                            found.get(3));
        }

        String key() {
            String template = view != null ? view : path.replaceAll("/[^/]*\\d[^/]*", "/*");
            return template + " @" + width + (states.isEmpty() ? "" : " " + states);
        }
    }

    private static String describe(java.util.List<com.deque.html.axecore.results.Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " <"
                        + rule.getHelpUrl() + ">\n"
                        + rule.getNodes().stream()
                                .map(BrowserSupport::describe)
                                .collect(java.util.stream.Collectors.joining("\n")))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String describe(com.deque.html.axecore.results.CheckedNode node) {
        String summary =
                node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", "\n      ");
        return "    " + node.getTarget() + "\n      " + node.getHtml() + "\n      " + summary;
    }

    /** Saves the whole page (not only the viewport) as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        Path target = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(target, fullPage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private byte[] fullPage() {
        if (driver() instanceof HasCdp cdp) {
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>)
                    ((JavascriptExecutor) driver())
                            .executeScript(
                                    "const e = document.documentElement;"
                                            + "return {width: Math.max(e.scrollWidth, e.clientWidth), height: Math.max(e.scrollHeight, e.clientHeight)};");
            Map<String, Object> clip = Map.of(
                    "x",
                    0,
                    "y",
                    0,
                    "scale",
                    1,
                    "width",
                    ((Number) size.get("width")).intValue(),
                    "height",
                    ((Number) size.get("height")).intValue());
            Map<String, Object> shot = cdp.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of("format", "png", "optimizeForSpeed", true, "captureBeyondViewport", true, "clip", clip));
            return Base64.getDecoder().decode((String) shot.get("data"));
        }
        return ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES);
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    /** A phone: the viewport is 390 x 844 CSS pixels (an iPhone 12 to 15), with touch and mobile layout. */
    public void phone() {
        emulate(390, 844, true);
    }

    /** Back to the desktop viewport the browser starts with (1280 px wide). */
    public void desktop() {
        emulate(1280, 1024, false);
    }

    /**
     * Runs {@code check} at the desktop width, then on a phone, given the width's name ("1280", "390")
     * for the audits it names; back to the desktop afterwards, whatever happened.
     */
    public void atBothWidths(Consumer<String> check) {
        try {
            desktop();
            check.accept("1280");
            phone();
            check.accept("390");
        } finally {
            desktop();
        }
    }

    private void emulate(int width, int height, boolean mobile) {
        if (driver() instanceof HasCdp cdp) {
            cdp.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        } else {
            driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        }
    }
}

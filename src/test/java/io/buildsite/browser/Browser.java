package io.buildsite.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Test support for real-browser tests: a headless Debian Chromium driven through the system
 * chromedriver (Selenium Manager is never involved: both binaries are given explicitly), and a
 * tiny static file server for a built site folder.
 *
 * <pre>{@code
 * Browser.assumeAvailable();
 * try (Browser browser = Browser.launch(); Browser.SiteServer server = Browser.serve(out, "/")) {
 *     browser.driver().get(server.url("luyen-thi/git-github/"));
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The fixed command-line switches (a fresh --user-data-dir is added per launch). */
    public static final List<String> ARGUMENTS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
            // No smooth scrolling: an element scrolled into view is where Selenium clicks it.
            "--force-prefers-reduced-motion");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    /** Skips the calling test (JUnit assumption) when Chromium or chromedriver is not installed. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is not installed");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), CHROMEDRIVER + " is not installed");
    }

    /** Starts a headless Chromium with a fresh profile; call {@link #close()} to quit it. */
    public static Browser launch() throws IOException {
        assumeAvailable();
        Path profile = Files.createTempDirectory("build-site-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            // Catch uncaught errors and rejections from the first script of every page on, in case
            // the driver's console log is unavailable or misses something.
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    window.__jsErrors = [];
                    window.addEventListener('error', function (e) {
                      if (e && e.message) window.__jsErrors.push(e.message + ' @ ' + e.filename + ':' + e.lineno);
                    });
                    window.addEventListener('unhandledrejection', function (e) {
                      window.__jsErrors.push('unhandled rejection: ' + (e && e.reason));
                    });
                    """));
            return new Browser(driver, service, profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Problems the current page reported: SEVERE console entries since the last call (the driver
     * clears its log on every read) and errors caught by the injected window listeners.
     */
    @SuppressWarnings("unchecked")
    public List<String> javaScriptProblems() {
        List<String> problems = new ArrayList<>();
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    problems.add("console " + entry.getLevel() + ": " + entry.getMessage());
                }
            }
        } catch (RuntimeException unsupported) {
            // The window listeners below still report uncaught errors.
        }
        Object caught = driver.executeScript("return window.__jsErrors || [];");
        if (caught instanceof List<?> list) {
            for (Object o : list) {
                problems.add("uncaught: " + o);
            }
        }
        return problems;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    /**
     * Builds the site at {@code source} with build-site (the real command line) into a temporary folder
     * and serves it under {@code prefix}; the build must succeed.
     */
    public static SiteServer buildAndServe(Path source, String prefix, String... extraBuildArgs) throws IOException {
        Path out = Files.createTempDirectory("build-site-served-").resolve("site");
        List<String> args = new java.util.ArrayList<>(List.of("build", "--quiet", "--source", source.toString(),
                "--output", out.toString()));
        args.addAll(List.of(extraBuildArgs));
        io.buildsite.testing.TestSite.Result built = io.buildsite.testing.TestSite.run(args.toArray(String[]::new));
        org.assertj.core.api.Assertions.assertThat(built.exitCode()).as(built.stderr()).isZero();
        return serve(out, prefix);
    }

    /** Closes what was opened, skipping what was not (a skipped or failed set-up leaves nulls). */
    public static void closeAll(AutoCloseable... resources) throws Exception {
        for (AutoCloseable resource : resources) {
            if (resource != null) {
                resource.close();
            }
        }
    }

    /** Serves {@code root} on 127.0.0.1 (a free port) under {@code prefix}, e.g. "/" or "/repo/". */
    public static SiteServer serve(Path root, String prefix) throws IOException {
        return new SiteServer(root, prefix);
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Chromium may still hold a lock file for a moment; the temp folder is disposable.
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }

    /**
     * A static file server for a built site: files as they are, {@code index.html} for folder
     * addresses (a folder address without its slash is redirected, as GitHub Pages does), 404 for
     * anything else or outside the prefix. Every 404 is remembered for assertions.
     */
    public static final class SiteServer implements AutoCloseable {
        private static final Map<String, String> TYPES = Map.ofEntries(
                Map.entry("html", "text/html; charset=utf-8"),
                Map.entry("css", "text/css; charset=utf-8"),
                Map.entry("js", "text/javascript; charset=utf-8"),
                Map.entry("json", "application/json; charset=utf-8"),
                Map.entry("xml", "application/xml; charset=utf-8"),
                Map.entry("txt", "text/plain; charset=utf-8"),
                Map.entry("png", "image/png"),
                Map.entry("svg", "image/svg+xml"),
                Map.entry("jpg", "image/jpeg"),
                Map.entry("jpeg", "image/jpeg"),
                Map.entry("gif", "image/gif"),
                Map.entry("webp", "image/webp"),
                Map.entry("ico", "image/x-icon"),
                Map.entry("woff2", "font/woff2"));

        private final Path root;
        private final String prefix;
        private final HttpServer server;
        private final ExecutorService executor;
        private final List<String> notFound = Collections.synchronizedList(new ArrayList<>());

        private SiteServer(Path root, String prefix) throws IOException {
            this.root = root.toAbsolutePath().normalize();
            String p = prefix == null || prefix.isEmpty() ? "/" : prefix;
            if (!p.startsWith("/")) {
                p = "/" + p;
            }
            if (!p.endsWith("/")) {
                p = p + "/";
            }
            this.prefix = p;
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            this.executor = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "site-server");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext("/", this::handle);
            server.start();
        }

        /** The absolute URL of {@code path}, relative to the prefix ("" = the site root). */
        public String url(String path) {
            String rel = path.startsWith("/") ? path.substring(1) : path;
            return origin() + prefix + rel;
        }

        /** {@code http://127.0.0.1:PORT}, no trailing slash. */
        public String origin() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        public String prefix() {
            return prefix;
        }

        /** Request paths answered with 404 so far. */
        public List<String> notFound() {
            synchronized (notFound) {
                return notFound.stream().toList();
            }
        }

        public void clearNotFound() {
            notFound.clear();
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }

        private void handle(HttpExchange exchange) throws IOException {
            try {
                String method = exchange.getRequestMethod();
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                URI uri = exchange.getRequestURI();
                String path = uri.getPath(); // percent-decoded
                if (path == null || !(path + "/").startsWith(prefix)) {
                    notFound(exchange, uri);
                    return;
                }
                if ((path + "/").equals(prefix)) { // "/repo" without its slash
                    redirect(exchange, prefix);
                    return;
                }
                Path file = root.resolve(path.substring(prefix.length())).normalize();
                if (!file.startsWith(root)) {
                    notFound(exchange, uri);
                    return;
                }
                if (Files.isDirectory(file)) {
                    if (!path.endsWith("/")) {
                        redirect(exchange, uri.getRawPath() + "/");
                        return;
                    }
                    file = file.resolve("index.html");
                }
                if (!Files.isRegularFile(file)) {
                    notFound(exchange, uri);
                    return;
                }
                send(exchange, 200, contentType(file), Files.readAllBytes(file));
            } finally {
                exchange.close();
            }
        }

        private void notFound(HttpExchange exchange, URI uri) throws IOException {
            notFound.add(uri.getPath());
            send(exchange, 404, "text/plain; charset=utf-8", "404 not found".getBytes(StandardCharsets.UTF_8));
        }

        private static void redirect(HttpExchange exchange, String location) throws IOException {
            exchange.getResponseHeaders().set("Location", location);
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
        }

        private static String contentType(Path file) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            return TYPES.getOrDefault(ext, "application/octet-stream");
        }

        private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            if (head || body.length == 0) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

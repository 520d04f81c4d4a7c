package io.buildsite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.browser.Browser;
import io.buildsite.cli.Main;
import io.buildsite.text.Slugify;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Search benchmark (run by bench/search-bench.sh; not a unit test): builds a site, serves it, opens
 * a lesson in headless Chromium and reports the size of the search index (raw and gzipped), what the
 * first search transfers, and the time from the last keystroke of a query to its results on screen,
 * measured with performance.now() inside the page (search.js's search:rendered / search:snippets).
 *
 * <pre>SearchBench SITE_ROOT OUTPUT_DIR [--no-build]</pre>
 */
public final class SearchBench {
    private static final String FIRST = "kiem tra";
    private static final List<String> QUERIES = List.of(
            "trien khai", "cau hinh mang", "luu tru", "bao mat", "dich vu", "container image", "registry",
            "volume policy", "namespace", "scheduler", "pipeline model", "gradient", "attention layer",
            "đăng ký", "ứng dụng", "hệ thống", "tài nguyên", "phien ban", "nang cap", "sao luu", "khoi phuc",
            "giam sat", "nhat ky", "latency throughput");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        boolean build = !List.of(args).contains("--no-build");
        if (build || !Files.isRegularFile(out.resolve("search/docs.json"))) {
            long t0 = System.nanoTime();
            int code = Main.run(new String[] {"build", "--quiet", "--source", source.toString(), "--output", out.toString()},
                    new PrintWriter(System.out, true), new PrintWriter(System.err, true));
            if (code != 0) {
                throw new IllegalStateException("build failed: exit " + code);
            }
            System.out.printf(Locale.ROOT, "built %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
        }

        JsonNode meta = JSON.readTree(out.resolve("search/docs.json").toFile());
        System.out.printf(Locale.ROOT, "%nsearch index (vi: %d documents, %d chunks)%n",
                meta.path("docs").size(), meta.path("chunks").size());
        for (String lang : List.of("search", "en/search")) {
            Path dir = out.resolve(lang);
            row(lang + "/docs.json", List.of(dir.resolve("docs.json")));
            row(lang + "/t/*.json", files(dir.resolve("t")));
            row(lang + "/x/*.json", files(dir.resolve("x")));
        }
        row("search.js + search-text.js + search-box.js", List.of(out.resolve("assets/search.js"),
                out.resolve("assets/search-text.js"), out.resolve("assets/search-box.js")));

        String lesson = firstLesson(out);
        try (Browser browser = Browser.launch(); Browser.SiteServer server = Browser.serve(out, "/")) {
            ChromeDriver driver = browser.driver();
            driver.get(server.url(lesson));
            JavascriptExecutor js = driver;
            js.executeScript("""
                    window.__t = {key: 0, rendered: {}, snippets: {}};
                    document.addEventListener('keydown', function () { window.__t.key = performance.now(); }, true);
                    document.addEventListener('search:rendered', function (e) { window.__t.rendered[e.detail.query] = performance.now(); });
                    document.addEventListener('search:snippets', function (e) { window.__t.snippets[e.detail.query] = performance.now(); });""");
            Number before = (Number) js.executeScript("return performance.getEntriesByType('resource').filter(function (e) {"
                    + " return e.name.indexOf('/search/') >= 0; }).length");
            System.out.printf(Locale.ROOT, "%nopened /%s: index files fetched before first use: %d%n", lesson, before.intValue());

            WebElement input = driver.findElement(By.cssSelector("form.search input"));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            input.click();
            double[] first = type(driver, wait, input, FIRST);

            // What the first search transferred (the file server sends no compression; gzip computed here).
            @SuppressWarnings("unchecked")
            List<String> fetched = (List<String>) js.executeScript("return performance.getEntriesByType('resource')"
                    + ".map(function (e) { return e.name; }).filter(function (n) { return n.indexOf('/search/') >= 0; })");
            List<Path> transferred = fetched.stream().map(u -> out.resolve(URI.create(u).getPath().substring(1))).toList();
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) js.executeScript("return Array.prototype.map.call("
                    + "document.querySelectorAll('form.search [role=option]'), function (a) { return a.getAttribute('href'); })");
            List<Path> needed = new ArrayList<>();
            needed.add(out.resolve("search/docs.json"));
            for (String w : Slugify.fold(FIRST).split(" ")) {
                needed.add(out.resolve("search/t/" + w.substring(0, 2) + ".json"));
            }
            Map<String, Integer> byPath = new LinkedHashMap<>();
            for (int i = 0; i < meta.path("docs").size(); i++) {
                byPath.put(meta.path("docs").get(i).get(1).asText(), i);
            }
            for (String href : hrefs) {
                String path = href.replaceFirst("^(\\.\\./)+", "").replaceFirst("#.*", "");
                needed.add(out.resolve("search/x/" + byPath.get(path) + ".json"));
            }
            System.out.printf(Locale.ROOT, "%nfirst search \"%s\" (%d results shown)%n", FIRST, hrefs.size());
            row("needed: docs.json + chunks + texts", needed);
            row("actually fetched (" + transferred.size() + " files)", transferred);
            System.out.printf(Locale.ROOT, "  cold: keystroke -> results %.1f ms, -> snippets %.1f ms (docs.json loaded on focus)%n",
                    first[0], first[1]);

            List<Double> results = new ArrayList<>();
            List<Double> snippets = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            for (String q : QUERIES) {
                double[] t = type(driver, wait, input, q);
                results.add(t[0]);
                snippets.add(t[1]);
            }
            for (String q : QUERIES) { // again: every file cached, pure script time
                warm.add(type(driver, wait, input, q)[0]);
            }
            @SuppressWarnings("unchecked")
            List<String> all = (List<String>) js.executeScript("return performance.getEntriesByType('resource')"
                    + ".map(function (e) { return e.name; }).filter(function (n) { return n.indexOf('/search/') >= 0; })");
            Set<String> distinct = new LinkedHashSet<>(all);
            System.out.printf(Locale.ROOT, "%n%d queries, time from the last keystroke (performance.now() in the page)%n", QUERIES.size());
            stats("keystroke -> results rendered", results);
            stats("keystroke -> snippets filled in", snippets);
            stats("same queries again (all cached)", warm);
            System.out.printf(Locale.ROOT, "  index files fetched over the session: %d (%d distinct)%n", all.size(), distinct.size());
            double median = median(results);
            long firstGz = gzip(needed);
            System.out.printf(Locale.ROOT, "%naim: < 50 ms per query: %s (median %.1f ms); < 1 MB for the first search: %s (%s gzipped, %s raw)%n",
                    median < 50 ? "met" : "MISSED", median, firstGz < 1_000_000 ? "met" : "MISSED", kb(firstGz), kb(raw(needed)));
            List<String> problems = browser.javaScriptProblems();
            if (!problems.isEmpty() || !server.notFound().isEmpty()) {
                System.out.println("problems: " + problems + " 404: " + server.notFound());
            }
        }
    }

    /** Types q after clearing the input; returns {ms to results, ms to snippets} from the last keydown. */
    private static double[] type(ChromeDriver driver, WebDriverWait wait, WebElement input, String q) {
        if (!input.getDomProperty("value").isEmpty()) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        }
        driver.executeScript("window.__t.rendered = {}; window.__t.snippets = {};");
        input.sendKeys(q);
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return arguments[0] in window.__t.snippets", q)));
        @SuppressWarnings("unchecked")
        List<Number> t = (List<Number>) driver.executeScript(
                "var t = window.__t; return [t.rendered[arguments[0]] - t.key, t.snippets[arguments[0]] - t.key];", q);
        return new double[] {t.get(0).doubleValue(), t.get(1).doubleValue()};
    }

    private static String firstLesson(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out.resolve("lessons"), 2)) {
            Path dir = s.filter(p -> Files.isRegularFile(p.resolve("index.html"))).sorted().findFirst().orElseThrow();
            return out.relativize(dir).toString().replace('\\', '/') + "/";
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void row(String label, List<Path> files) {
        System.out.printf(Locale.ROOT, "  %-40s %5d files  raw %10s  gzip %10s%n", label, files.size(), kb(raw(files)), kb(gzip(files)));
    }

    private static long raw(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            try {
                n += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    /** Sum of each file gzipped on its own (as a server compresses each response). */
    private static long gzip(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                    gz.write(Files.readAllBytes(f));
                }
                n += bytes.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void stats(String label, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-34s median %6.1f ms  p90 %6.1f ms  min %6.1f  max %6.1f%n", label, median(values),
                sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}

package io.buildsite.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Follows every internal reference of a built site as a browser would from its published address:
 * {@code href}, {@code src}, {@code #fragments}, and the lesson links inside quiz data.
 */
public final class SiteCrawler {
    private final Path output;
    private final URI base;
    private final Map<Path, Document> parsed = new HashMap<>();

    /** @param baseUrl where the site is served, e.g. {@code https://example.github.io/repo/} */
    public SiteCrawler(Path output, String baseUrl) {
        this.output = output;
        this.base = URI.create(baseUrl.contains("://") ? baseUrl : "https://site.test" + baseUrl);
    }

    /** Every reference that does not resolve, as {@code page -> reference (why)}. */
    public List<String> brokenReferences() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(output)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String relative = output.relativize(page).toString().replace('\\', '/');
            URI pageUri = base.resolve(relative);
            Document doc = parse(page);
            for (Element element : doc.select("a[href], link[href], script[src], img[src], source[src]")) {
                String attr = element.hasAttr("href") ? "href" : "src";
                String ref = element.attr(attr);
                String problem = check(pageUri, ref);
                if (problem != null) {
                    broken.add(relative + " -> " + ref + " (" + problem + ")");
                }
            }
            Element quizData = doc.selectFirst("script#quiz-data");
            if (quizData != null) {
                JsonNode data = new ObjectMapper().readTree(quizData.data());
                for (JsonNode domain : data.path("domains")) {
                    for (JsonNode lesson : domain.path("lessons")) {
                        if (!lesson.path("href").isNull() && !lesson.path("href").isMissingNode()) {
                            String ref = lesson.path("href").asText();
                            String problem = check(pageUri, ref);
                            if (problem != null) {
                                broken.add(relative + " -> quiz lesson " + ref + " (" + problem + ")");
                            }
                        }
                    }
                }
            }
        }
        return broken;
    }

    /** How many internal page links were followed; guards against a crawl that checks nothing. */
    public long internalLinkCount() throws IOException {
        long count = 0;
        try (Stream<Path> files = Files.walk(output)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                count += parse(page).select("a[href]").stream()
                        .filter(a -> !a.attr("href").matches("(?i)^[a-z]+:.*")).count();
            }
        }
        return count;
    }

    private String check(URI pageUri, String ref) throws IOException {
        if (ref.isBlank()) {
            return "empty";
        }
        URI target;
        try {
            target = pageUri.resolve(ref.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return "not a URL";
        }
        if (target.getScheme() != null && !target.getScheme().startsWith("http")) {
            return null;
        }
        if (target.getHost() != null && !target.getHost().equals(base.getHost())) {
            return null;
        }
        String path = target.getPath();
        if (!path.startsWith(base.getPath())) {
            return "outside the site's base path " + base.getPath();
        }
        String inSite = URLDecoder.decode(path.substring(base.getPath().length()), StandardCharsets.UTF_8);
        Path file = output.resolve(inSite.isEmpty() || inSite.endsWith("/") ? inSite + "index.html" : inSite);
        if (!Files.isRegularFile(file)) {
            return "no file " + output.relativize(file);
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")) {
            Document doc = parse(file);
            if (doc.getElementById(fragment) == null && doc.selectFirst("[name=" + fragment + "]") == null) {
                return "no element with id " + fragment;
            }
        }
        return null;
    }

    private Document parse(Path file) throws IOException {
        Document doc = parsed.get(file);
        if (doc == null) {
            doc = Jsoup.parse(file.toFile(), "UTF-8");
            parsed.put(file, doc);
        }
        return doc;
    }
}

package io.buildsite.write;

import io.buildsite.assemble.PagePlan;
import io.buildsite.assemble.SitePlan;
import io.buildsite.model.PageLocation;
import io.buildsite.diagnostics.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a written site as a browser would follow it: every internal {@code href} and {@code src} of
 * every page leads to a file, and every {@code #fragment} to an element. Problems are reported at the
 * file that made the page (its content file, or its template).
 */
public final class GeneratedLinks {
    private static final String HOST = "site.invalid";

    private final SitePlan plan;
    private final Path output;
    private final Map<Path, Set<String>> idsByFile = new ConcurrentHashMap<>();
    /** The files the drafts left out would be: a link to one was reported as a warning when it was assembled. */
    private final Set<Path> draftFiles = new HashSet<>();

    private GeneratedLinks(SitePlan plan, Path output) {
        this.plan = plan;
        this.output = output;
        for (String lang : plan.config().languages()) {
            plan.draftPages().forEach(p -> draftFiles.add(output.resolve(new PageLocation(plan.config(), lang, p).file())));
        }
    }

    public static void check(SitePlan plan, Path output, Diagnostics diagnostics) {
        new GeneratedLinks(plan, output).checkAll(diagnostics);
    }

    private void checkAll(Diagnostics diagnostics) {
        URI base = URI.create("https://" + HOST + plan.config().basePath());
        plan.pages().parallelStream().forEach(page -> {
            String file = page.location(plan.config()).file();
            Document doc = parse(output.resolve(file));
            URI pageUri = base.resolve(file);
            for (Element element : doc.select("a[href], link[href], script[src], img[src], source[src]")) {
                String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String problem = problem(base, pageUri, ref);
                if (problem != null) {
                    diagnostics.error(page.source(), 1, 1, "on the generated page /" + file + ": "
                            + element.tagName() + " reference '" + ref + "' " + problem);
                }
            }
        });
    }

    private String problem(URI base, URI page, String ref) {
        if (ref.isBlank()) {
            return "is empty";
        }
        URI target;
        try {
            target = page.resolve(ref.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return "is not a valid URL";
        }
        String host = target.getHost();
        if (ref.contains("://") && host != null && !HOST.equals(host)) {
            return plan.config().baseUrl().contains("://") && ref.startsWith(plan.config().baseUrl())
                    ? problem(base, page, ref.substring(plan.config().baseUrl().length() - 1)) : null;
        }
        if (target.getScheme() != null && !target.getScheme().startsWith("http")) {
            return null;
        }
        String path = target.getPath();
        if (!path.startsWith(base.getPath())) {
            return "leaves the site's base path " + base.getPath();
        }
        String inSite = URLDecoder.decode(path.substring(base.getPath().length()), StandardCharsets.UTF_8);
        Path file = output.resolve(inSite.isEmpty() || inSite.endsWith("/") ? inSite + "index.html" : inSite).normalize();
        if (!file.startsWith(output) || !Files.isRegularFile(file)) {
            return draftFiles.contains(file) ? null : "leads to no page or file";
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")
                && !ids(file).contains(fragment)) {
            return "names no element with id '" + fragment + "'";
        }
        return null;
    }

    private Set<String> ids(Path file) {
        return idsByFile.computeIfAbsent(file, f -> {
            Set<String> ids = new HashSet<>();
            for (Element element : parse(f).select("[id], a[name]")) {
                ids.add(element.hasAttr("id") ? element.id() : element.attr("name"));
            }
            return ids;
        });
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

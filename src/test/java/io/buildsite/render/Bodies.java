package io.buildsite.render;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.ImageSize;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.Source;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/** Renders small bodies the way the build does, for the tests of this package. */
final class Bodies {
    static final String PATH = "content/x.md";
    static final int BODY_LINE = 5;

    final Diagnostics diagnostics = new Diagnostics();
    private final SiteConfig config;
    private final PublishedFiles published;
    private final IntFunction<Duration> timeLimit;

    private Bodies(SiteConfig config, PublishedFiles published) {
        this(config, published, BodyRenderer::timeLimit);
    }

    private Bodies(SiteConfig config, PublishedFiles published, IntFunction<Duration> timeLimit) {
        this.config = config;
        this.published = published;
        this.timeLimit = timeLimit;
    }

    /** The same site, with bodies allowed {@code limit} to render. */
    Bodies timeLimit(Duration limit) {
        return new Bodies(config, published, chars -> limit);
    }

    /** The same site, publishing also an image at {@code path} that the load stage read as {@code width}×{@code height}. */
    Bodies image(String path, int width, int height) {
        Set<String> paths = new HashSet<>(published.paths());
        paths.add(path);
        Map<String, ImageSize> sizes = new HashMap<>(published.imageSizes());
        sizes.put(path, new ImageSize(width, height));
        return new Bodies(config, new PublishedFiles(paths, sizes), timeLimit);
    }

    /** A site at {@code /} in vi (default) and en that publishes {@code staticPaths}. */
    static Bodies site(String... staticPaths) {
        return new Bodies(config("/", null), files(staticPaths));
    }

    /** A site published at {@code baseUrl}, with root-relative images it does not ship at {@code assetBase}. */
    static Bodies at(String baseUrl, String assetBase, String... staticPaths) {
        return new Bodies(config(baseUrl, assetBase), files(staticPaths));
    }

    /** Files published without a size. */
    static PublishedFiles files(String... paths) {
        return new PublishedFiles(Set.of(paths), Map.of());
    }

    static SiteConfig config(String baseUrl, String assetBase) {
        return new SiteConfig("Site", baseUrl, List.of("vi", "en"), "vi", Map.of(), Map.of(), assetBase);
    }

    RenderedBody renderBody(String body) {
        return renderBody(body, PATH);
    }

    /** Renders a body that came from {@code path}, starting on file line {@link #BODY_LINE}. */
    RenderedBody renderBody(String body, String path) {
        return new BodyRenderer(config, published, diagnostics, timeLimit).render(body, new Source(path, BODY_LINE));
    }

    /** The rendered HTML without the final newline Markdown leaves. */
    String render(String body) {
        return renderBody(body).html().text().stripTrailing();
    }

    List<String> reported() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }
}

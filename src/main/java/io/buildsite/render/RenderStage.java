package io.buildsite.render;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.PackedText;
import io.buildsite.model.SiteSource;
import io.buildsite.model.Source;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The render stage: every body of the site, rendered once, on all cores ({@link RenderThreads}). Both
 * language trees reuse the same fragment when a page has no translation.
 */
public final class RenderStage {
    private RenderStage() {
    }

    /** Rendered bodies keyed by their source file path. */
    public static Map<String, RenderedBody> render(SiteSource site, Diagnostics diagnostics) {
        return render(site, diagnostics, null);
    }

    /**
     * One edited body of {@code site}, rendered alone (for the preview, after a save), and kept in
     * {@code cache} as a full render would keep it.
     */
    public static RenderedBody renderOne(SiteSource site, Source source, PackedText body, Diagnostics diagnostics,
                                         RenderCache cache) {
        PublishedFiles published = PublishedFiles.of(site.staticFiles());
        cache.validateFor(site.config(), published);
        BodyRenderer renderer = cache.renderer(site.config(), published);
        RenderedBody[] rendered = new RenderedBody[1];
        RenderThreads.forEach(List.of(source), s -> rendered[0] = renderThrough(cache, renderer, s, body, diagnostics));
        return rendered[0];
    }

    /** As {@link #render(SiteSource, Diagnostics)}, reusing what {@code cache} holds (may be null). */
    public static Map<String, RenderedBody> render(SiteSource site, Diagnostics diagnostics, RenderCache cache) {
        PublishedFiles published = PublishedFiles.of(site.staticFiles());
        BodyRenderer renderer = cache != null ? cache.renderer(site.config(), published)
                : new BodyRenderer(site.config(), published, diagnostics);
        record Job(Source source, PackedText body) {
        }
        List<Job> jobs = Stream.of(
                        site.courses().stream().map((Course c) -> new Job(c.source(), c.body())),
                        site.lessons().stream().map((Lesson l) -> new Job(l.source(), l.body())),
                        site.posts().stream().map((BlogPost p) -> new Job(p.source(), p.body())))
                .flatMap(s -> s)
                .toList();
        if (cache != null) {
            cache.validateFor(site.config(), published);
            cache.retainOnly(jobs.stream().map(j -> j.source().path()).collect(Collectors.toSet()));
        }
        Map<String, RenderedBody> rendered = new ConcurrentHashMap<>();
        RenderThreads.forEach(jobs, job ->
                rendered.put(job.source().path(), renderThrough(cache, renderer, job.source(), job.body(), diagnostics)));
        return Map.copyOf(rendered);
    }

    /** One body: from the cache when it holds this version (its problems reported again), else rendered and kept. */
    private static RenderedBody renderThrough(RenderCache cache, BodyRenderer renderer, Source source, PackedText body,
                                              Diagnostics diagnostics) {
        RenderCache.Entry hit = cache == null ? null : cache.get(source.path(), body, source);
        if (hit != null) {
            hit.diagnostics().forEach(diagnostics::add);
            return hit.rendered();
        }
        Diagnostics own = new Diagnostics();
        RenderedBody rendered = renderer.render(body.text(), source, own);
        own.sorted().forEach(diagnostics::add);
        if (cache != null) {
            cache.put(source.path(), new RenderCache.Entry(body, source, rendered, own.sorted()));
        }
        return rendered;
    }
}

package io.buildsite.render;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.SiteSource;
import io.buildsite.model.Source;
import io.buildsite.model.StaticFile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The render stage: every body of the site, rendered once, on all cores. Both language trees reuse
 * the same fragment when a page has no translation.
 */
public final class RenderStage {
    private RenderStage() {
    }

    /** Rendered bodies keyed by their source file path. */
    public static Map<String, RenderedBody> render(SiteSource site, Diagnostics diagnostics) {
        BodyRenderer renderer = new BodyRenderer(site.config(),
                site.staticFiles().stream().map(StaticFile::outputPath).collect(Collectors.toSet()), diagnostics);
        record Job(Source source, String body) {
        }
        Map<String, RenderedBody> rendered = new ConcurrentHashMap<>();
        Stream.of(
                        site.courses().stream().map((Course c) -> new Job(c.source(), c.body())),
                        site.lessons().stream().map((Lesson l) -> new Job(l.source(), l.body())),
                        site.posts().stream().map((BlogPost p) -> new Job(p.source(), p.body())))
                .flatMap(s -> s)
                .toList()
                .parallelStream()
                .forEach(job -> rendered.put(job.source().path(), renderer.render(job.body(), job.source())));
        return Map.copyOf(rendered);
    }
}

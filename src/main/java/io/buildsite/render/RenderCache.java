package io.buildsite.render;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.model.PackedText;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.Source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered bodies kept between builds of a preview session: a body whose text and source position
 * did not change is not rendered again. A change to the settings or to the set of published files
 * (which decides which images exist) empties it.
 */
public final class RenderCache {
    record Entry(PackedText body, Source source, RenderedBody rendered, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private BodyRenderer renderer;
    private List<Object> rendererFor;

    /** One renderer per site settings: building flexmark's parser again on every save costs more than the render. */
    synchronized BodyRenderer renderer(SiteConfig config, Set<String> staticPaths) {
        List<Object> key = List.of(config, staticPaths);
        if (!key.equals(rendererFor)) {
            renderer = new BodyRenderer(config, staticPaths, new io.buildsite.diagnostics.Diagnostics());
            rendererFor = key;
        }
        return renderer;
    }
    private SiteConfig config;
    private Set<String> staticPaths;

    synchronized void validateFor(SiteConfig config, Set<String> staticPaths) {
        if (!Objects.equals(config, this.config) || !Objects.equals(staticPaths, this.staticPaths)) {
            entries.clear();
            this.config = config;
            this.staticPaths = staticPaths;
        }
    }

    Entry get(String path, PackedText body, Source source) {
        Entry entry = entries.get(path);
        return entry != null && entry.body().equals(body) && entry.source().equals(source) ? entry : null;
    }

    void put(String path, Entry entry) {
        entries.put(path, entry);
    }

    /** Forgets bodies whose files are gone, so a long session does not grow. */
    void retainOnly(Set<String> paths) {
        entries.keySet().retainAll(paths);
    }
}

package io.buildsite.render;

import io.buildsite.cache.ContentStore;
import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.PackedText;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.Source;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered bodies kept between builds: a body whose text and source position did not change is not
 * rendered again. In memory for a preview session; with a {@link ContentStore}, also on disk from one
 * build to the next, keyed by all a render depends on (the tool, the site's settings, the published
 * files, which decide which images exist, and their images' sizes, the file's path and position, its
 * text). In memory, a change to the settings or to the published files (an image's size among them)
 * empties it.
 */
public final class RenderCache {
    record Entry(PackedText body, Source source, RenderedBody rendered, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ContentStore store;
    private final String tool;
    /** What the stored entries' keys say of the settings and published files (with {@link #validateFor}). */
    private volatile String siteKey = "";
    /**
     * Rendered in this build, by store key: written by {@link #save()}, which a failed build never calls.
     * Without the bodies' sources, which would otherwise stay in memory until the end of the build.
     */
    private final Map<String, Rendered> unsaved = new ConcurrentHashMap<>();

    private record Rendered(RenderedBody body, List<Diagnostic> diagnostics) {
    }
    /** Read from the store in this build, by store key: marked used by {@link #save()}. */
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    /** In memory only. */
    public RenderCache() {
        this(null, "");
    }

    /**
     * Also kept in {@code store}, under keys that hold {@code tool} (what the running build-site is, so
     * another version never reads what this one stored).
     */
    public RenderCache(ContentStore store, String tool) {
        this.store = store;
        this.tool = tool;
    }
    private BodyRenderer renderer;
    private List<Object> rendererFor;

    /** One renderer per site settings: building flexmark's parser again on every save costs more than the render. */
    synchronized BodyRenderer renderer(SiteConfig config, PublishedFiles published) {
        List<Object> key = List.of(config, published);
        if (!key.equals(rendererFor)) {
            renderer = new BodyRenderer(config, published, new Diagnostics());
            rendererFor = key;
        }
        return renderer;
    }
    private SiteConfig config;
    private PublishedFiles published;

    /** Forgets what was rendered for other settings or other published files (an image of another size among them). */
    synchronized void validateFor(SiteConfig config, PublishedFiles published) {
        if (!Objects.equals(config, this.config) || !Objects.equals(published, this.published)) {
            entries.clear();
            this.config = config;
            this.published = published;
            if (store != null) {
                siteKey = ContentStore.key(tool, settingsText(config), published.listing());
            }
        }
    }

    Entry get(String path, PackedText body, Source source) {
        Entry entry = entries.get(path);
        if (entry != null && entry.body().equals(body) && entry.source().equals(source)) {
            return entry;
        }
        if (store == null) {
            return null;
        }
        String key = storeKey(body, source);
        Optional<byte[]> stored = store.get(key);
        if (stored.isEmpty()) {
            return null;
        }
        try {
            RenderedBodyCodec.Decoded decoded = RenderedBodyCodec.decode(stored.get());
            read.add(key);
            return new Entry(body, source, decoded.body(), decoded.diagnostics());
        } catch (IOException notABody) {
            return null; // intact bytes that are not a body: only another version could write them; rendered again
        }
    }

    /**
     * Keeps a body just rendered: in memory for a preview session; for the build cache, only its result,
     * to be stored by {@link #save()} (a build that keeps its bodies in the store reads each once, so it
     * need not hold them in memory, sources and all).
     */
    void put(String path, Entry entry) {
        if (store == null) {
            entries.put(path, entry);
        } else {
            unsaved.put(storeKey(entry.body(), entry.source()), new Rendered(entry.rendered(), entry.diagnostics()));
        }
    }

    /**
     * Keeps what this build rendered in the store and marks what it read there as used; called once the
     * build succeeded, so that a failed build leaves the cache folder as it was.
     */
    public void save() {
        if (store == null) {
            return;
        }
        unsaved.entrySet().parallelStream().forEach(entry -> store.put(entry.getKey(),
                RenderedBodyCodec.encode(entry.getValue().body(), entry.getValue().diagnostics())));
        read.parallelStream().forEach(store::touch);
        unsaved.clear();
        read.clear();
    }

    /** How many bodies this build read from the store rather than rendered. */
    public int readFromStore() {
        return read.size();
    }

    /** The store behind this cache, or null. */
    public ContentStore store() {
        return store;
    }

    /** A body's key: looked up, then put when it was not found; its text digested once for both. */
    private String storeKey(PackedText body, Source source) {
        return ContentStore.key(siteKey, source.path(), source.bodyLine(), body.digest());
    }

    /** The settings, written the same way in every run (their maps' own order is not). */
    private static String settingsText(SiteConfig config) {
        return String.join("\n", config.title(), config.baseUrl(), String.join(",", config.languages()),
                config.defaultLanguage(), new TreeMap<>(config.titles()).toString(),
                new TreeMap<>(config.descriptions()).toString(), String.valueOf(config.assetBase()));
    }

    /** Forgets bodies whose files are gone, so a long session does not grow. */
    void retainOnly(Set<String> paths) {
        entries.keySet().retainAll(paths);
    }
}

package io.buildsite.build;

import io.buildsite.cache.ContentStore;
import io.buildsite.cache.ToolFingerprint;
import io.buildsite.render.RenderCache;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The build cache folder as a command uses it: rendered bodies in {@code bodies/}, kept by content, so a
 * build after a small change renders only what changed (see docs/internals.md, "The build cache").
 */
final class BuildCache {
    /** Far more than the bodies of 10,000 lessons; the entries used longest ago go first beyond it. */
    static final long MAX_BYTES = 512L << 20;

    private BuildCache() {
    }

    /** Bodies read from and written to {@code folder}; its problems go to {@code warnings}. */
    static RenderCache bodies(Path folder, Consumer<String> warnings) {
        return new RenderCache(store(folder, warnings), ToolFingerprint.current());
    }

    /** Bodies read from {@code folder} and never written: for {@code check}, which writes nothing of the site's. */
    static RenderCache bodiesReadOnly(Path folder, Consumer<String> warnings) {
        return new RenderCache(store(folder, warnings).readOnly(), ToolFingerprint.current());
    }

    /** Prunes the folder to its bound and says what it holds. */
    static String pruned(RenderCache cache) {
        ContentStore.Size size = cache.store().prune();
        return String.format(Locale.ROOT, "%,d bodies, %.1f MiB", size.entries(), size.bytes() / (1024.0 * 1024.0));
    }

    private static ContentStore store(Path folder, Consumer<String> warnings) {
        return new ContentStore(folder.resolve("bodies"), MAX_BYTES, warnings);
    }
}

package io.buildsite.build;

import io.buildsite.cache.ContentStore;
import io.buildsite.cache.ToolFingerprint;
import io.buildsite.render.RenderCache;
import io.buildsite.write.ShareCards;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The build cache folder as a command uses it: rendered bodies in {@code bodies/}, kept by content, so a
 * build after a small change renders only what changed, and share cards in {@code cards/}, drawn once (see
 * docs/internals.md, "The build cache").
 */
final class BuildCache {
    /** Far more than the bodies of 10,000 lessons; the entries used longest ago go first beyond it. */
    static final long MAX_BYTES = 512L << 20;
    static final long MAX_CARD_BYTES = 256L << 20;

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

    /** Share cards read from and written to {@code folder}. */
    static ShareCards cards(Path folder, Consumer<String> warnings) {
        return new ShareCards(cardStore(folder, warnings));
    }

    /** Share cards read from {@code folder} and never written, for {@code check}. */
    static ShareCards cardsReadOnly(Path folder, Consumer<String> warnings) {
        return new ShareCards(cardStore(folder, warnings).readOnly());
    }

    /** Prunes the folder to its bound and says what it holds. */
    static String pruned(RenderCache cache, ShareCards cards) {
        ContentStore.Size size = cache.store().prune();
        ContentStore.Size drawn = cards.store().prune();
        return String.format(Locale.ROOT, "%,d bodies, %.1f MiB; %,d share cards, %.1f MiB", size.entries(),
                size.bytes() / (1024.0 * 1024.0), drawn.entries(), drawn.bytes() / (1024.0 * 1024.0));
    }

    /** Cards of about 50 KiB each: thousands of pages' worth. */
    private static ContentStore cardStore(Path folder, Consumer<String> warnings) {
        return new ContentStore(folder.resolve("cards"), MAX_CARD_BYTES, warnings);
    }

    private static ContentStore store(Path folder, Consumer<String> warnings) {
        return new ContentStore(folder.resolve("bodies"), MAX_BYTES, warnings);
    }
}

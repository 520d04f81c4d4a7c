package io.buildsite.write;

import io.buildsite.cache.ContentStore;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Share cards kept by their content: a card is drawn once, then read from memory (a preview session) or
 * from the build cache's {@code cards/} folder (from one build to the next). What a build drew is stored
 * only by {@link #save()}, which a failed build never calls.
 */
public final class ShareCards {
    private final ContentStore store;
    /** Drawn in this run (or session), by key. */
    private final Map<String, byte[]> drawn = new ConcurrentHashMap<>();
    /** Read from the store in this run, by key: marked used by {@link #save()}. */
    private final Set<String> read = ConcurrentHashMap.newKeySet();
    private final Set<String> unsaved = ConcurrentHashMap.newKeySet();
    private final AtomicInteger drawings = new AtomicInteger();

    /** In memory only. */
    public ShareCards() {
        this(null);
    }

    /** Also kept in {@code store}, or in memory only when it is null. */
    public ShareCards(ContentStore store) {
        this.store = store;
    }

    /** The card's PNG: kept, or drawn now. */
    byte[] png(ShareCard card) {
        String key = card.key();
        byte[] kept = drawn.get(key);
        if (kept != null) {
            return kept;
        }
        Optional<byte[]> stored = store == null ? Optional.empty() : store.get(key);
        if (stored.isPresent()) {
            read.add(key);
            return stored.get();
        }
        byte[] png = CardPainter.png(card);
        drawings.incrementAndGet();
        drawn.put(key, png);
        unsaved.add(key);
        return png;
    }

    /** How many cards were drawn rather than found kept. */
    public int drawings() {
        return drawings.get();
    }

    /** Stores the cards this build drew and marks those it read as used; once the build succeeded. */
    public void save() {
        if (store == null) {
            return;
        }
        unsaved.forEach(key -> store.put(key, drawn.get(key)));
        read.forEach(store::touch);
        unsaved.clear();
        read.clear();
        drawn.clear();
    }

    /** The store behind these cards, or null. */
    public ContentStore store() {
        return store;
    }
}

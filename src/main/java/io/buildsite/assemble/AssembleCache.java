package io.buildsite.assemble;

import io.buildsite.render.TocEntry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What assembling keeps between builds of a preview session: each page's counted words, so that
 * re-indexing after an edit counts only the edited page again. Keyed by the very text object a
 * cached render returned, so an unchanged body is recognised without comparing it.
 */
public final class AssembleCache {
    private record Key(String title, String extra, Object text) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.title.equals(title) && java.util.Objects.equals(k.extra, extra)
                    && k.text == text;
        }

        @Override
        public int hashCode() {
            return title.hashCode() * 31 + System.identityHashCode(text);
        }
    }

    private final Map<Key, DocTerms> terms = new ConcurrentHashMap<>();
    private final Map<Key, SearchIndex.DocText> texts = new ConcurrentHashMap<>();
    private final Set<Key> used = ConcurrentHashMap.newKeySet();

    DocTerms terms(String title, List<TocEntry> headings, String extra, String text) {
        Key key = new Key(title, extra, text);
        used.add(key);
        return terms.computeIfAbsent(key, k -> DocTerms.of(title, headings, join(extra, text)));
    }

    /** The page's snippet text, the same object as last time when the page did not change. */
    SearchIndex.DocText text(String title, List<TocEntry> headings, String extra, String text) {
        Key key = new Key(title, extra, text);
        used.add(key);
        return texts.computeIfAbsent(key, k -> SearchIndexBuilder.textOf(headings, join(extra, text)));
    }

    /** Forgets pages that the last build no longer had, so a long session does not grow. */
    void endBuild() {
        terms.keySet().retainAll(used);
        texts.keySet().retainAll(used);
        used.clear();
    }

    static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() ? first : first + "\n" + second;
    }
}

package io.buildsite.render;

import io.buildsite.model.LinkMarkers;
import io.buildsite.model.PackedText;
import io.buildsite.text.CountedWords;

import java.util.List;
import java.util.Set;

/**
 * A clean HTML fragment and what was learned while making it. Every page's stays in memory until it
 * is written, so the texts are packed, and of the plain text only what the search index needs is
 * kept: its words, counted, and its start, for snippets.
 *
 * @param html           may contain {@link LinkMarkers}, resolved when the page is written
 * @param words          the words of the body's plain text, for the search index
 * @param textStart      the first {@link #TEXT_KEPT} characters of that text, for search snippets
 * @param codeLanguages  {@code language-*} names used by its code blocks, for the highlighter bundle
 * @param hasMath        it shows TeX math, so its page needs MathJax
 */
public record RenderedBody(PackedText html, CountedWords words, PackedText textStart, List<TocEntry> toc,
                           Set<String> codeLanguages, boolean hasMath, List<InternalLink> links, Set<String> ids) {
    /** Plain text kept per body for search snippets: enough for any lesson's opening and most matches. */
    public static final int TEXT_KEPT = 20_000;
    public static final RenderedBody EMPTY = new RenderedBody(PackedText.EMPTY, CountedWords.NONE, PackedText.EMPTY,
            List.of(), Set.of(), false, List.of(), Set.of());

    public RenderedBody {
        toc = List.copyOf(toc);
        codeLanguages = Set.copyOf(codeLanguages);
        links = List.copyOf(links);
        ids = Set.copyOf(ids);
    }

    public boolean isEmpty() {
        return html.isBlank();
    }

    /** The HTML for a page template: null when there is none, so that {@code is empty} holds in templates. */
    public PackedText htmlOrNull() {
        return isEmpty() ? null : html;
    }
}

package io.buildsite.render;

import java.util.List;
import java.util.Set;

/**
 * A clean HTML fragment and what was learned while making it.
 *
 * @param html           may contain {@link io.buildsite.model.LinkMarkers}, resolved when the page is written
 * @param text           the body as plain text, for the search index
 * @param codeLanguages  {@code language-*} names used by its code blocks, for the highlighter bundle
 */
public record RenderedBody(String html, String text, List<TocEntry> toc, Set<String> codeLanguages,
                           List<InternalLink> links, Set<String> ids) {
    public static final RenderedBody EMPTY = new RenderedBody("", "", List.of(), Set.of(), List.of(), Set.of());

    public RenderedBody {
        toc = List.copyOf(toc);
        codeLanguages = Set.copyOf(codeLanguages);
        links = List.copyOf(links);
        ids = Set.copyOf(ids);
    }

    public boolean isEmpty() {
        return html.isBlank();
    }
}

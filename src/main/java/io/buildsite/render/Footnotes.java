package io.buildsite.render;

import io.buildsite.model.PageLabel;
import org.jsoup.nodes.Element;

/**
 * flexmark's footnotes, whose classes the cleaner drops, get them back for the theme: {@code footnote-ref}
 * on each reference, {@code footnotes} on the list's block, and on each way back {@code footnote-backref}
 * and a name in the page's language (a {@link PageLabel} marker) instead of the arrow's.
 * Their ids ({@code fn-1}, {@code fnref-1}, {@code fnref-1-1} for a second reference) are taken before
 * headings get theirs, so no heading takes one.
 */
final class Footnotes {
    private Footnotes() {
    }

    static void apply(BodyElements body) {
        for (Element link : body.links()) {
            String href = link.attr("href");
            Element parent = link.parent();
            if (parent == null) {
                continue;
            }
            if (href.startsWith("#fnref-") && parent.nameIs("li") && parent.id().startsWith("fn-")) {
                link.addClass("footnote-backref").attr("aria-label", PageLabel.FOOTNOTE_BACK.marker());
                Element block = parent.parent() == null ? null : parent.parent().parent();
                if (block != null && block.nameIs("div")) {
                    block.addClass("footnotes");
                }
            } else if (href.startsWith("#fn-") && parent.nameIs("sup") && parent.id().startsWith("fnref-")) {
                link.addClass("footnote-ref");
            }
        }
    }
}

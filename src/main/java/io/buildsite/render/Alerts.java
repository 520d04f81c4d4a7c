package io.buildsite.render;

import io.buildsite.model.PageLabel;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's alerts: a blockquote whose first line is {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]},
 * {@code [!WARNING]} or {@code [!CAUTION]} becomes the theme's callout of that kind, opened by an icon and
 * the kind's label in the page's language (a {@link PageLabel} marker). flexmark has no extension for them.
 */
final class Alerts {
    private static final Pattern OPENING = Pattern.compile("\\s*\\[!([A-Za-z]+)][ \\t]*(?:\\n|$)");
    private static final Map<String, PageLabel> KINDS = Map.of(
            "note", PageLabel.NOTE, "tip", PageLabel.TIP, "important", PageLabel.IMPORTANT,
            "warning", PageLabel.WARNING, "caution", PageLabel.CAUTION);

    private Alerts() {
    }

    static void apply(BodyElements body) {
        for (Element quote : body.quotes()) {
            Element first = quote.firstElementChild();
            if (first == null || !first.nameIs("p") || !(first.firstChild() instanceof TextNode text)) {
                continue;
            }
            Matcher opening = OPENING.matcher(text.getWholeText());
            PageLabel label = opening.lookingAt() ? KINDS.get(opening.group(1).toLowerCase(Locale.ROOT)) : null;
            if (label == null) {
                continue;
            }
            text.text(text.getWholeText().substring(opening.end()));
            if (first.childNodeSize() == 1 && text.isBlank()) {
                first.remove();
                if (quote.firstChild() instanceof TextNode space && space.isBlank()) {
                    space.remove();
                }
            }
            String kind = opening.group(1).toLowerCase(Locale.ROOT);
            quote.addClass("callout").addClass("callout-" + kind);
            Element title = new Element("p").addClass("callout-label");
            title.appendElement("span").addClass("callout-icon").attr("aria-hidden", "true");
            // Data, not text: the label is the page's, not the body's words (search, word count).
            title.appendChild(new DataNode(label.marker()));
            quote.prependChild(title);
        }
    }

}

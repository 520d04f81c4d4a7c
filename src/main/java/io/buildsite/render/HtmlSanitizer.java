package io.buildsite.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cleans lesson HTML with an explicit allowlist that fits what lessons hold: headings with ids,
 * code with {@code language-*} classes, tables, figures, {@code details}. Scripts, styles, frames,
 * forms, event handlers and {@code javascript:} URLs are dropped; inputs are made disabled. Classes are
 * limited to code languages and the {@code math} mark of a span outside another (see {@link MathSpans});
 * inline styles survive only on images and only for a few layout properties.
 */
final class HtmlSanitizer {
    private static final Pattern CODE_CLASS = Pattern.compile("(language|lang)-[A-Za-z0-9_+#.-]{1,40}");
    private static final Set<String> STYLE_PROPERTIES = Set.of(
            "width", "max-width", "min-width", "height", "max-height", "border-radius",
            "margin", "margin-left", "margin-right", "margin-top", "margin-bottom", "display", "float");
    private static final Pattern STYLE_VALUE = Pattern.compile("[a-zA-Z0-9 .%#,-]{1,60}");

    private final Cleaner cleaner = new Cleaner(safelist());

    static Safelist safelist() {
        return new Safelist()
                .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
                        "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
                        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark",
                        "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup",
                        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var")
                .addAttributes(":all", "id", "class", "title", "lang", "dir")
                .addAttributes("a", "href", "hreflang", "rel")
                .addAttributes("img", "src", "alt", "width", "height", "loading", "style")
                .addAttributes("td", "colspan", "rowspan", "align")
                .addAttributes("th", "colspan", "rowspan", "align", "scope")
                // Task list checkboxes (TaskLists drops any other input): read-only whatever the author wrote.
                .addAttributes("input", "type", "checked")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .addAttributes("col", "span")
                .addAttributes("ol", "start", "type", "reversed")
                .addAttributes("li", "value")
                .addAttributes("details", "open")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addProtocols("a", "href", "http", "https", "mailto", "tel")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("blockquote", "cite", "http", "https")
                .addProtocols("q", "cite", "http", "https")
                .preserveRelativeLinks(true);
    }

    /** Returns a new, clean document; the input is not changed. */
    Document clean(Document dirty) {
        Document clean = cleaner.clean(dirty);
        for (Element element : clean.body().getAllElements()) {
            if (element.hasAttr("class")) {
                keepKnownClasses(element);
            }
            if (element.hasAttr("style")) {
                keepSafeStyle(element);
            }
            if (element.hasAttr("rel")) {
                element.attr("rel", element.attr("rel").toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", ""));
            }
        }
        return clean;
    }

    private static void keepKnownClasses(Element element) {
        // A formula is marked once: in an author's own math span, the mark put around its TeX goes.
        boolean math = element.nameIs("span") && element.parents().stream().noneMatch(p -> p.hasClass("math"));
        String kept = Arrays.stream(element.attr("class").split("\\s+"))
                .filter(c -> CODE_CLASS.matcher(c).matches() || math && c.equals("math"))
                .collect(Collectors.joining(" "));
        if (kept.isEmpty()) {
            element.removeAttr("class");
        } else {
            element.attr("class", kept);
        }
    }

    private static void keepSafeStyle(Element element) {
        String kept = Arrays.stream(element.attr("style").split(";"))
                .map(String::strip)
                .filter(declaration -> {
                    int colon = declaration.indexOf(':');
                    if (colon < 0) {
                        return false;
                    }
                    String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    String value = declaration.substring(colon + 1).strip();
                    return STYLE_PROPERTIES.contains(property) && STYLE_VALUE.matcher(value).matches();
                })
                .map(declaration -> declaration.replaceAll("\\s*:\\s*", ": "))
                .collect(Collectors.joining("; "));
        if (kept.isEmpty()) {
            element.removeAttr("style");
        } else {
            element.attr("style", kept);
        }
    }
}

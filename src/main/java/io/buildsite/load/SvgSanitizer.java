package io.buildsite.load;

import io.buildsite.model.ImageSize;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans an SVG image from {@code content/} with an explicit allowlist of SVG elements and attributes,
 * so a published image can draw but never run or load anything: a browser that opens the file runs its
 * scripts and handlers with the site's origin. The image is rebuilt from what the list allows; everything
 * else is left out with its content. Scripts, {@code foreignObject}, frames and objects, animation (which
 * can rewrite a link), event handlers, links other than to {@code #id} (or, on {@code image} and
 * {@code a}, to a relative or https address), {@code javascript:} and {@code data:} URLs, and styles that
 * load something ({@code url(…)} other than {@code url(#id)}, {@code @import}) are named as removed;
 * editor metadata, comments and unknown attributes are dropped without a word.
 */
final class SvgSanitizer {
    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";

    private static final Set<String> ELEMENTS = Set.of(
            "svg", "g", "defs", "symbol", "use", "title", "desc", "switch", "a", "style",
            "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "image",
            "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
            "filter", "feBlend", "feColorMatrix", "feComposite", "feDropShadow", "feFlood", "feGaussianBlur",
            "feMerge", "feMergeNode", "feMorphology", "feOffset");

    private static final Set<String> ATTRIBUTES = Set.of(
            "id", "class", "style", "transform", "lang", "xml:lang", "xml:space", "role", "aria-label", "aria-hidden",
            "aria-labelledby", "aria-describedby", "href", "xlink:href",
            "x", "y", "width", "height", "rx", "ry", "cx", "cy", "r", "fx", "fy", "fr", "x1", "y1", "x2", "y2",
            "d", "points", "pathLength", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset",
            "viewBox", "preserveAspectRatio", "version",
            "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
            "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "color",
            "display", "visibility", "overflow", "clip-path", "clip-rule", "mask", "filter",
            "marker-start", "marker-mid", "marker-end", "paint-order", "vector-effect",
            "shape-rendering", "text-rendering", "image-rendering", "color-interpolation", "color-interpolation-filters",
            "font-family", "font-size", "font-style", "font-weight", "font-variant", "letter-spacing", "word-spacing",
            "text-anchor", "text-decoration", "dominant-baseline", "alignment-baseline", "baseline-shift", "writing-mode",
            "stop-color", "stop-opacity", "flood-color", "flood-opacity", "lighting-color",
            "gradientUnits", "gradientTransform", "spreadMethod", "offset",
            "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits",
            "markerUnits", "markerWidth", "markerHeight", "refX", "refY", "orient",
            "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "type", "values",
            "operator", "k1", "k2", "k3", "k4", "radius");

    /** Elements that run, embed or change something: left out, and named in the warning. */
    private static final Set<String> ACTIVE = Set.of(
            "script", "foreignobject", "iframe", "embed", "object", "frame", "frameset", "applet", "handler",
            "listener", "animate", "animatemotion", "animatetransform", "animatecolor", "set", "feimage");

    /** Elements whose links may lead to another file: an image's picture, a link's target. */
    private static final Set<String> OUTWARD_LINKS = Set.of("image", "a");

    private static final Pattern FRAGMENT = Pattern.compile("#[\\p{L}_][\\p{L}\\p{N}_.:-]*");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Pattern URL_CALL = Pattern.compile("url\\(\\s*(['\"]?)\\s*([^)'\"]*)");
    private static final Pattern UNSEEN = Pattern.compile("[\\s\\u0000-\\u001f\\u007f]+");

    /**
     * The cleaned image and what was removed because it could run or load something.
     *
     * @param svg         the image to publish, as UTF-8 text
     * @param removed     what was removed, each named once, in the order of the file
     * @param firstLine   the line of the first removed thing (1 when nothing was removed)
     * @param size        the size the drawing is shown at ({@link SvgSize}), or null when it gives none
     */
    record Cleaned(String svg, List<String> removed, int firstLine, ImageSize size) {
        Cleaned {
            removed = List.copyOf(removed);
        }
    }

    private final Set<String> removed = new LinkedHashSet<>();
    private int firstLine;

    private SvgSanitizer() {
    }

    /** Cleans an SVG file's bytes (UTF-8, or the encoding its XML declaration names). */
    static Cleaned clean(byte[] file) {
        Document dirty;
        try {
            dirty = Jsoup.parse(new ByteArrayInputStream(file), null, "", Parser.xmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SvgSanitizer sanitizer = new SvgSanitizer();
        Element root = null;
        for (Element top : dirty.children()) {
            if (root == null && top.tagName().equals("svg")) {
                root = sanitizer.copy(top);
            } else {
                sanitizer.dropped(top);
            }
        }
        // Namespaces are declared anew: elements and attributes of other ones are gone.
        Element svg = new Element("svg").attr("xmlns", SVG_NAMESPACE);
        if (root != null && root.getAllElements().stream().anyMatch(e -> e.hasAttr("xlink:href"))) {
            svg.attr("xmlns:xlink", XLINK_NAMESPACE);
        }
        if (root != null) {
            svg.attributes().addAll(root.attributes());
            svg.appendChildren(new ArrayList<>(root.childNodes()));
        }
        Document clean = new Document("");
        clean.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false)
                .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");
        clean.appendChild(svg);
        return new Cleaned(svg.outerHtml(), List.copyOf(sanitizer.removed), Math.max(sanitizer.firstLine, 1),
                SvgSize.of(svg));
    }

    /** A clean copy of an allowed element and what it holds. */
    private Element copy(Element source) {
        Element copy = new Element(source.tagName());
        for (Attribute attribute : source.attributes()) {
            String value = allowedValue(source, attribute);
            if (value != null) {
                copy.attr(attribute.getKey(), value);
            }
        }
        for (Node child : source.childNodes()) {
            if (child instanceof TextNode text) {
                copy.appendChild(new TextNode(text.getWholeText()));
            } else if (child instanceof Element element) {
                if (!ELEMENTS.contains(element.tagName())) {
                    dropped(element);
                } else if (element.tagName().equals("style") && loadsSomething(element.wholeText())) {
                    remove(element, "<style> with url() or @import");
                } else {
                    copy.appendChild(copy(element));
                }
            }
        }
        return copy;
    }

    /** The value an attribute keeps, or null when it is left out (and named if it could act). */
    private String allowedValue(Element element, Attribute attribute) {
        String key = attribute.getKey();
        String value = attribute.getValue();
        if (key.toLowerCase(Locale.ROOT).startsWith("on")) {
            remove(element, key);
            return null;
        }
        if (!ATTRIBUTES.contains(key)) {
            return null;
        }
        if (key.equals("href") || key.equals("xlink:href")) {
            return allowedLink(element, key, value);
        }
        String scheme = dangerousScheme(value);
        if (scheme != null) {
            remove(element, key + " (" + scheme + ": URL)");
            return null;
        }
        if (loadsSomething(value)) {
            remove(element, key + (key.equals("style") ? " with url() or @import" : " with url()"));
            return null;
        }
        return value;
    }

    private String allowedLink(Element element, String key, String value) {
        String link = value.strip();
        if (FRAGMENT.matcher(link).matches()) {
            return link;
        }
        String plain = UNSEEN.matcher(link).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(plain);
        boolean relative = !scheme.find() && !plain.startsWith("//") && !plain.startsWith("\\");
        if (OUTWARD_LINKS.contains(element.tagName()) && (relative || plain.startsWith("https://"))) {
            return link;
        }
        String named = scheme.reset().find() ? scheme.group(1) + ": URL" : "another file";
        remove(element, key + " (" + named + ")");
        return null;
    }

    /** {@code javascript}, {@code vbscript} or {@code data} when a value holds such a URL, else null. */
    private static String dangerousScheme(String value) {
        String plain = UNSEEN.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        for (String scheme : List.of("javascript", "vbscript", "data")) {
            if (plain.contains(scheme + ":")) {
                return scheme;
            }
        }
        return null;
    }

    /**
     * Whether CSS (a style element's or attribute's, or a presentation attribute) could load or run
     * something: a {@code url(…)} to anything but a fragment of this image, an import, an escape that
     * could hide either, or the old script-running extensions.
     */
    private static boolean loadsSomething(String css) {
        String plain = css.toLowerCase(Locale.ROOT).replaceAll("/\\*.*?\\*/", "");
        if (plain.contains("\\") || plain.contains("@import") || plain.contains("expression(")
                || plain.contains("-moz-binding") || plain.contains("behavior")) {
            return true;
        }
        Matcher url = URL_CALL.matcher(plain);
        while (url.find()) {
            if (!url.group(2).startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    /** An element left out: named when it or anything in it could act; otherwise dropped quietly. */
    private void dropped(Element element) {
        if (ACTIVE.contains(element.tagName().toLowerCase(Locale.ROOT))) {
            remove(element, "<" + element.tagName() + ">");
            return;
        }
        for (Attribute attribute : element.attributes()) {
            if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                remove(element, attribute.getKey());
            }
        }
        for (Element child : element.children()) {
            dropped(child);
        }
    }

    private void remove(Element at, String what) {
        if (removed.isEmpty() && at.sourceRange().isTracked()) {
            firstLine = at.sourceRange().start().lineNumber();
        }
        removed.add(what);
    }
}

package io.buildsite.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Rendered bodies are shared by both language trees and by pages at any depth, so they cannot hold
 * final relative links. They hold these markers instead, which the write stage replaces with the
 * page's own way back to the language root or the site root (and {@link PageLabel}'s with the page's words). NUL cannot come from content: the
 * HTML parser replaces it, so a marker is never confused with text.
 */
public final class LinkMarkers {
    /** Stands for the page's path to the root of its language tree, e.g. {@code ../../}. */
    public static final String LANGUAGE_ROOT = "\u0000L/";
    /** Stands for the page's path to the site root, where shared files (images, assets) live. */
    public static final String SITE_ROOT = "\u0000S/";

    private LinkMarkers() {
    }

    /**
     * jsoup writes NUL as the character reference {@code &#x0;}; turns those back into markers. Only a
     * marker can produce that text: a literal {@code &#x0;} in content is serialized as {@code &amp;#x0;}.
     */
    public static String fromSerializedHtml(String html) {
        return html.replace("&#x0;", "\u0000");
    }

    /**
     * A page's UTF-8 bytes with each marker replaced by the page's way back to that root (a NUL is a NUL
     * byte in UTF-8, and no other character's bytes hold one).
     */
    public static byte[] resolve(byte[] html, String languageRoot, String siteRoot) {
        return resolve(html, languageRoot, siteRoot, Map.of());
    }

    /**
     * As {@link #resolve(byte[], String, String)}, and each {@link PageLabel} marker replaced by its text in
     * {@code strings}, the page's dictionary (its key when the dictionary lacks it), escaped for HTML text and
     * attribute values alike.
     */
    public static byte[] resolve(byte[] html, String languageRoot, String siteRoot, Map<String, String> strings) {
        int first = nextMarker(html, 0);
        if (first < 0) {
            return html;
        }
        byte[] language = languageRoot.getBytes(StandardCharsets.UTF_8);
        byte[] site = siteRoot.getBytes(StandardCharsets.UTF_8);
        Map<PageLabel, byte[]> labels = new EnumMap<>(PageLabel.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length + 1024);
        int from = 0;
        for (int at = first; at >= 0; at = nextMarker(html, from)) {
            out.write(html, from, at - from);
            byte[] text = switch (html[at + 1]) {
                case 'L' -> language;
                case 'S' -> site;
                default -> labels.computeIfAbsent(PageLabel.ofLetter(html[at + 1]), label -> escaped(
                        strings.getOrDefault(label.key(), label.key())).getBytes(StandardCharsets.UTF_8));
            };
            out.write(text, 0, text.length);
            from = at + MARKER_BYTES;
        }
        out.write(html, from, html.length - from);
        return out.toByteArray();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static final int MARKER_BYTES = 3;

    /** Where the next marker starts at or after {@code from}, or -1. */
    private static int nextMarker(byte[] html, int from) {
        for (int i = from; i + MARKER_BYTES <= html.length; i++) {
            if (html[i] == 0 && html[i + 2] == '/'
                    && (html[i + 1] == 'L' || html[i + 1] == 'S' || PageLabel.ofLetter(html[i + 1]) != null)) {
                return i;
            }
        }
        return -1;
    }
}

package io.buildsite.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rendered bodies are shared by both language trees and by pages at any depth, so they cannot hold
 * final relative links. They hold these markers instead, which the write stage replaces with the
 * page's own way back to the language root or the site root. NUL cannot come from content: the
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
        int first = nextMarker(html, 0);
        if (first < 0) {
            return html;
        }
        byte[] language = languageRoot.getBytes(StandardCharsets.UTF_8);
        byte[] site = siteRoot.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length + 1024);
        int from = 0;
        for (int at = first; at >= 0; at = nextMarker(html, from)) {
            out.write(html, from, at - from);
            byte[] root = html[at + 1] == 'L' ? language : site;
            out.write(root, 0, root.length);
            from = at + MARKER_BYTES;
        }
        out.write(html, from, html.length - from);
        return out.toByteArray();
    }

    private static final int MARKER_BYTES = 3;

    /** Where the next marker starts at or after {@code from}, or -1. */
    private static int nextMarker(byte[] html, int from) {
        for (int i = from; i + MARKER_BYTES <= html.length; i++) {
            if (html[i] == 0 && (html[i + 1] == 'L' || html[i + 1] == 'S') && html[i + 2] == '/') {
                return i;
            }
        }
        return -1;
    }
}

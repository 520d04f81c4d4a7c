package io.buildsite.model;

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

    public static String resolve(String html, String languageRoot, String siteRoot) {
        if (html.indexOf('\u0000') < 0) {
            return html;
        }
        return html.replace(LANGUAGE_ROOT, languageRoot).replace(SITE_ROOT, siteRoot);
    }
}

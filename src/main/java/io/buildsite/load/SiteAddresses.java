package io.buildsite.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The addresses a site may set: {@code base_url}, where it is published, {@code asset_base}, where its
 * root-relative images live, {@code edit_url}, where its files are edited, and its provider's {@code url}. They end up in every page's links, so only plain web addresses
 * are taken: a {@code javascript:} URL or another host's {@code //} address would run or load there.
 */
public final class SiteAddresses {
    private SiteAddresses() {
    }

    /** An address that is not one of the accepted kinds; the message names the setting and the value. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /**
     * {@code text} as a base URL: an absolute http(s) address with no user, query or fragment, its
     * scheme and host in lower case and its path ending with {@code /}.
     */
    public static String baseUrl(String text, String setting) throws Invalid {
        return httpFolder(text, setting, "https://example.github.io/repo/");
    }

    /**
     * {@code text} as an asset base: an absolute http(s) address, or a path from the domain root
     * ({@code /media}); without a trailing {@code /}, as image paths bring their own.
     */
    public static String assetBase(String text, String setting) throws Invalid {
        String url = text.startsWith("/") && !text.startsWith("//") ? rootPath(text) : absoluteHttp(text);
        if (url == null) {
            throw new Invalid(setting + " must be an absolute http:// or https:// address or a path from the site's "
                    + "domain root such as /media, not '" + text + "'");
        }
        return url.replaceAll("/+$", "");
    }

    /** {@code text} as the start of edit links, which a file's path follows: an address as for {@link #baseUrl}. */
    public static String editUrl(String text, String setting) throws Invalid {
        return httpFolder(text, setting, "https://github.com/owner/repo/edit/main/");
    }

    /** {@code text} as an address of any page: absolute http(s), with no user, query or fragment. */
    public static String page(String text, String setting) throws Invalid {
        String url = absoluteHttp(text);
        if (url == null) {
            throw new Invalid(setting + " must be an absolute http:// or https:// address such as https://example.org/"
                    + " (no user, ?query or #fragment), not '" + text + "'");
        }
        return url;
    }

    /** An absolute http(s) address, normalised and ending with {@code /}; the message shows {@code example}. */
    private static String httpFolder(String text, String setting, String example) throws Invalid {
        String url = absoluteHttp(text);
        if (url == null) {
            throw new Invalid(setting + " must be an absolute http:// or https:// address such as " + example
                    + " (no user, ?query or #fragment), not '" + text + "'");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** The normalised address, or null when it is not an absolute http(s) one without user, query or fragment. */
    private static String absoluteHttp(String text) {
        URI uri = parse(text);
        if (uri == null || uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + path;
    }

    private static String rootPath(String text) {
        URI uri = parse(text);
        return uri == null || uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null ? null : uri.getRawPath();
    }

    /** The URI with its dot segments resolved, or null when it is not one (spaces, quotes, angle brackets…). */
    private static URI parse(String text) {
        try {
            return new URI(text.strip()).normalize();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}

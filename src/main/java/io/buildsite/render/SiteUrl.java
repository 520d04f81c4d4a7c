package io.buildsite.render;

import io.buildsite.model.SiteConfig;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Recognises URLs that point into this site and turns them into a path from the site root. */
final class SiteUrl {
    private SiteUrl() {
    }

    static boolean isExternal(String url) {
        return url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || url.startsWith("//");
    }

    /**
     * The site-root path of {@code url} ({@code lessons/c/l/}), or null when it leaves the site. Accepts
     * {@code /lessons/...}, the base URL's sub-path, and absolute URLs under the base URL.
     */
    static String rootPath(String url, SiteConfig config) {
        String path = url;
        String base = config.baseUrl();
        if (isExternal(url)) {
            if (base.contains("://") && url.startsWith(base)) {
                path = "/" + url.substring(base.length());
            } else {
                return null;
            }
        } else if (!url.startsWith("/")) {
            return null;
        } else {
            String basePath = config.basePath();
            if (!basePath.equals("/") && url.startsWith(basePath)) {
                path = "/" + url.substring(basePath.length());
            }
        }
        int cut = indexOfAny(path, '?', '#');
        String clean = cut < 0 ? path : path.substring(0, cut);
        try {
            clean = URLDecoder.decode(clean.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ignored) {
            // keep it as written
        }
        return clean.substring(1);
    }

    static String fragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 || hash == url.length() - 1 ? null : url.substring(hash + 1);
    }

    static String query(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return "";
        }
        int hash = url.indexOf('#', q);
        return hash < 0 ? url.substring(q) : url.substring(q, hash);
    }

    static String normalize(String path) {
        try {
            String normalized = URI.create("/" + path.replace(" ", "%20")).normalize().getPath();
            return normalized.startsWith("/") ? normalized.substring(1) : normalized;
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}

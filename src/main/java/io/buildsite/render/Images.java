package io.buildsite.render;

import io.buildsite.model.ImageSize;
import io.buildsite.model.LinkMarkers;
import org.jsoup.nodes.Element;

/**
 * Images load lazily. A local image that the site ships is linked from the site root, with its width
 * and height when the load stage read them; one it does not ship points to the configured asset base,
 * or becomes a placeholder showing its alt text, with a warning: a page never carries a broken
 * {@code src}.
 */
final class Images {
    private Images() {
    }

    static void apply(BodyElements body, BodyScope scope) {
        for (Element img : body.images()) {
            img.attr("loading", "lazy").attr("decoding", "async");
            if (!img.hasAttr("alt")) {
                img.attr("alt", "");
            }
            String src = img.attr("src").strip();
            if (src.isEmpty()) {
                scope.warning("<img", "image without a src: shown as a placeholder");
                replaceWithPlaceholder(img);
                continue;
            }
            if (SiteUrl.isExternal(src) && SiteUrl.rootPath(src, scope.config()) == null) {
                continue;
            }
            String published = publishedPath(src, scope);
            if (published != null) {
                img.attr("src", LinkMarkers.SITE_ROOT + published);
                reserveSpace(img, scope.published().imageSize(published));
            } else if (scope.config().assetBase() != null && src.startsWith("/")) {
                img.attr("src", scope.config().assetBase().replaceAll("/+$", "") + src);
            } else {
                scope.warning(src, "image not found: " + src + " (shown as a placeholder with its alt text)");
                replaceWithPlaceholder(img);
            }
        }
    }

    /**
     * The image's own width and height, so that the page keeps its place before it loads (the CSS scales it
     * down, keeping the proportions); an author who gave either keeps what they wrote.
     */
    private static void reserveSpace(Element img, ImageSize size) {
        if (size != null && !img.hasAttr("width") && !img.hasAttr("height")) {
            img.attr("width", Integer.toString(size.width())).attr("height", Integer.toString(size.height()));
        }
    }

    /** Where the image is published, trying the file's own folder first for a relative path. */
    private static String publishedPath(String src, BodyScope scope) {
        String rootPath = SiteUrl.rootPath(src, scope.config());
        if (rootPath != null) {
            rootPath = SiteUrl.normalize(rootPath);
            return scope.published().contains(rootPath) ? rootPath : null;
        }
        String path = src.replaceAll("[?#].*$", "");
        String besideFile = SiteUrl.normalize(scope.sourceDir().isEmpty() ? path : scope.sourceDir() + "/" + path);
        if (scope.published().contains(besideFile)) {
            return besideFile;
        }
        String fromRoot = SiteUrl.normalize(path);
        return scope.published().contains(fromRoot) ? fromRoot : null;
    }

    private static void replaceWithPlaceholder(Element img) {
        String alt = img.attr("alt").strip();
        Element placeholder = new Element("span").addClass("img-missing").attr("role", "img");
        placeholder.attr("aria-label", alt.isEmpty() ? "image" : alt);
        placeholder.appendElement("span").addClass("img-missing-label").text(alt.isEmpty() ? "🖼" : alt);
        img.replaceWith(placeholder);
    }
}

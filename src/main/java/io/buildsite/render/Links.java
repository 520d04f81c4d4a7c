package io.buildsite.render;

import io.buildsite.model.LinkMarkers;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Internal links are made relative (through {@link LinkMarkers}) so the site works at any base path
 * and in both language trees; a link into another language's tree is taken to mean the same page in
 * the reader's language. External links get {@code rel="noopener"}.
 */
final class Links {
    private Links() {
    }

    static List<InternalLink> apply(BodyElements body, BodyScope scope) {
        List<InternalLink> links = new ArrayList<>();
        for (Element a : body.links()) {
            String href = a.attr("href").strip();
            if (href.startsWith("#")) {
                links.add(new InternalLink(null, SiteUrl.fragment(href), scope.linkLine(href)));
                continue;
            }
            String rootPath = SiteUrl.rootPath(href, scope.config());
            if (rootPath == null) {
                if (SiteUrl.isExternal(href) && href.matches("(?i)^https?:.*")) {
                    Set<String> rel = new LinkedHashSet<>(List.of(a.attr("rel").split("\\s+")));
                    rel.remove("");
                    rel.add("noopener");
                    a.attr("rel", String.join(" ", rel));
                }
                continue;
            }
            rootPath = SiteUrl.normalize(rootPath);
            String fragment = SiteUrl.fragment(href);
            String suffix = SiteUrl.query(href) + (fragment == null ? "" : "#" + fragment);
            if (scope.published().contains(rootPath)) {
                a.attr("href", LinkMarkers.SITE_ROOT + rootPath + suffix);
                continue;
            }
            String pagePath = withoutLanguage(rootPath, scope);
            if (!pagePath.isEmpty() && !pagePath.endsWith("/") && !pagePath.contains(".")) {
                pagePath = pagePath + "/";
            }
            a.attr("href", LinkMarkers.LANGUAGE_ROOT + pagePath + suffix);
            links.add(new InternalLink(pagePath, fragment, scope.linkLine(href)));
        }
        return links;
    }

    private static String withoutLanguage(String path, BodyScope scope) {
        for (String lang : scope.config().languages()) {
            if (lang.equals(scope.config().defaultLanguage())) {
                continue;
            }
            if (path.equals(lang) || path.equals(lang + "/")) {
                return "";
            }
            if (path.startsWith(lang + "/")) {
                return path.substring(lang.length() + 1);
            }
        }
        return path;
    }
}
